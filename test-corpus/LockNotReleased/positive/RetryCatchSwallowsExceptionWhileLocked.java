// An uploader that unlocks at the end of the try block and counts failures in the catch block.
// At run time: when upload() throws, the catch swallows the exception with mu still locked; the
// next sync() blocks forever.
import dev.gosafe.Mutex;

public class RetryCatchSwallowsExceptionWhileLocked {
  private final Mutex mu = new Mutex();
  private int failures;

  void sync(byte[] chunk) {
    // BUG: Diagnostic contains: LockNotReleased
    mu.lock();
    try {
      upload(chunk);
      mu.unlock();
    } catch (RuntimeException e) {
      failures++;
    }
  }

  private static void upload(byte[] chunk) {
    if (chunk.length == 0) {
      throw new IllegalArgumentException("empty chunk");
    }
  }
}
