// A heartbeat sender that sleeps between retries inside a synchronized block.
// At run time: the monitor is held during the sleep, so status() blocks; on a virtual thread the
// sleep inside synchronized also pins the carrier thread.
public class HeartbeatSynchronizedSleep {
  private final Object lock = new Object();
  private int failures;

  void beatWithRetry(Runnable send) throws InterruptedException {
    synchronized (lock) {
      while (failures < 3) {
        try {
          send.run();
          failures = 0;
          return;
        } catch (RuntimeException e) {
          failures++;
          // BUG: Diagnostic contains: BlockingUnderLock
          Thread.sleep(100);
        }
      }
    }
  }

  int status() {
    synchronized (lock) {
      return failures;
    }
  }
}
