// The correct version of ConnectionPoolReentrantLockInsideTry: the ReentrantLock is taken before
// the try whose finally releases it.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

public class ConnectionPoolReentrantLockBeforeTry {
  private final ReentrantLock lock = new ReentrantLock();
  private final Deque<String> idle = new ArrayDeque<>();

  void release(String connection) {
    lock.lock();
    try {
      idle.addFirst(connection);
    } finally {
      lock.unlock();
    }
  }
}
