// The correct version of WorkerTaskLeavesMutexLockedOnFailure: inside the task each lock() is
// paired with an unlock() in finally; the caller joins the task.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class WorkerTaskUnlocksInFinally {
  private final Mutex mu = new Mutex();
  private int rendered;

  void renderAll(int count) {
    Task worker = Go.go(() -> {
      for (int i = 0; i < count; i++) {
        mu.lock();
        try {
          render(i);
          rendered++;
        } finally {
          mu.unlock();
        }
      }
    });
    worker.join();
  }

  private static void render(int image) {
    if (image < 0) {
      throw new IllegalStateException("bad image " + image);
    }
  }
}
