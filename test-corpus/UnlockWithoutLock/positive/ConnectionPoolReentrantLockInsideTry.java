// A connection pool whose release() takes its ReentrantLock inside the try.
// At run time: when lock() throws, finally's unlock() throws IllegalMonitorStateException, which
// replaces the original exception.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

public class ConnectionPoolReentrantLockInsideTry {
  private final ReentrantLock lock = new ReentrantLock();
  private final Deque<String> idle = new ArrayDeque<>();

  void release(String connection) {
    try {
      lock.lock();
      idle.addFirst(connection);
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      lock.unlock();
    }
  }
}
