// A model server that, under the read lock of its RWMutex, waits on a CountDownLatch until the
// warm-up has finished.
// At run time: the warm-up thread needs the write lock to install the model, which waits for this
// reader; the latch never reaches zero and both wait forever.
import dev.gosafe.RWMutex;
import java.util.concurrent.CountDownLatch;

public class WarmupLatchAwaitUnderReadLock {
  private final RWMutex mu = new RWMutex();
  private final CountDownLatch warmedUp = new CountDownLatch(1);
  private String model = "none";

  String predict(String input) throws InterruptedException {
    mu.rLock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      warmedUp.await();
      return model + ":" + input;
    } finally {
      mu.rUnlock();
    }
  }
}
