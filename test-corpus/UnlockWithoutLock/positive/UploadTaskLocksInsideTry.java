// An upload task that records progress under a mutex, taking the lock inside the try.
// At run time: if lock() fails inside the task, finally unlocks a mutex the task does not hold
// (IllegalStateException), hiding why the task failed.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class UploadTaskLocksInsideTry {
  private final Mutex mu = new Mutex();
  private long uploadedBytes;

  void upload(byte[] data) {
    Task t = Go.go(() -> {
      try {
        mu.lock();
        uploadedBytes += data.length;
      } finally {
        // BUG: Diagnostic contains: UnlockWithoutLock
        mu.unlock();
      }
    });
    t.join();
  }
}
