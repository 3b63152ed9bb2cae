// The correct version of UploadTaskLocksInsideTry: inside the task, lock() comes before the try.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class UploadTaskLocksBeforeTry {
  private final Mutex mu = new Mutex();
  private long uploadedBytes;

  void upload(byte[] data) {
    Task t = Go.go(() -> {
      mu.lock();
      try {
        uploadedBytes += data.length;
      } finally {
        mu.unlock();
      }
    });
    t.join();
  }
}
