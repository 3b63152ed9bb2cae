// A configuration holder whose readers wait() inside synchronized until the first value arrives.
// Object.wait() releases the monitor while it waits, so it is not blocking under the lock.
public class ConfigWaitNotifyReleasesMonitor {
  private final Object lock = new Object();
  private String value;

  String await() throws InterruptedException {
    synchronized (lock) {
      while (value == null) {
        lock.wait();
      }
      return value;
    }
  }

  void set(String v) {
    synchronized (lock) {
      value = v;
      lock.notifyAll();
    }
  }
}
