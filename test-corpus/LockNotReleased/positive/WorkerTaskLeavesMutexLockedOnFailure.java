// A thumbnail worker task that records its progress under a shared mutex.
// At run time: if render() throws inside the task, the task ends with mu still locked and the
// caller's next progress() blocks forever.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class WorkerTaskLeavesMutexLockedOnFailure {
  private final Mutex mu = new Mutex();
  private int rendered;

  void renderAll(int count) {
    Task worker = Go.go(() -> {
      for (int i = 0; i < count; i++) {
        // BUG: Diagnostic contains: LockNotReleased
        mu.lock();
        render(i);
        rendered++;
        mu.unlock();
      }
    });
    worker.join();
  }

  int progress() {
    mu.lock();
    try {
      return rendered;
    } finally {
      mu.unlock();
    }
  }

  private static void render(int image) {
    if (image < 0) {
      throw new IllegalStateException("bad image " + image);
    }
  }
}
