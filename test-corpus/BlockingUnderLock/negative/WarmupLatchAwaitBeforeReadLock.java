// The correct version of WarmupLatchAwaitUnderReadLock: the caller waits for the warm-up before it
// takes the read lock.
import dev.gosafe.RWMutex;
import java.util.concurrent.CountDownLatch;

public class WarmupLatchAwaitBeforeReadLock {
  private final RWMutex mu = new RWMutex();
  private final CountDownLatch warmedUp = new CountDownLatch(1);
  private String model = "none";

  String predict(String input) throws InterruptedException {
    warmedUp.await();
    mu.rLock();
    try {
      return model + ":" + input;
    } finally {
      mu.rUnlock();
    }
  }

  void install(String loaded) {
    mu.lock();
    try {
      model = loaded;
    } finally {
      mu.unlock();
    }
    warmedUp.countDown();
  }
}
