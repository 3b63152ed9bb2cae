// The correct version of HeartbeatSynchronizedSleep: the failure count is updated inside
// synchronized and the back-off sleep happens outside it.
public class HeartbeatSleepOutsideSynchronized {
  private final Object lock = new Object();
  private int failures;

  void beatWithRetry(Runnable send) throws InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        send.run();
        synchronized (lock) {
          failures = 0;
        }
        return;
      } catch (RuntimeException e) {
        synchronized (lock) {
          failures++;
        }
      }
      Thread.sleep(100);
    }
  }
}
