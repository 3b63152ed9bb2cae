// A poller that tries the mutex and, when another poller holds it, sleeps before trying again:
// the sleep is on the branch where tryLock() failed, so no lock is held.
import dev.gosafe.Mutex;

public class PollerTryLockFailedBranchSleeps {
  private final Mutex mu = new Mutex();
  private long polls;

  void pollOnce() throws InterruptedException {
    if (mu.tryLock()) {
      try {
        polls++;
      } finally {
        mu.unlock();
      }
    } else {
      Thread.sleep(20);
    }
  }
}
