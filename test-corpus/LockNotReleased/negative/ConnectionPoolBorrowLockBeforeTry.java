// The correct version of ConnectionPoolBorrowUnlockOnNormalPath: if connect() throws, finally
// still releases the pool lock.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

public class ConnectionPoolBorrowLockBeforeTry {
  static final class Connection {
    final String url;

    Connection(String url) {
      this.url = url;
    }
  }

  private final Lock lock = new ReentrantLock();
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final String url;

  ConnectionPoolBorrowLockBeforeTry(String url) {
    this.url = url;
  }

  Connection borrow() {
    lock.lock();
    try {
      Connection c = idle.pollFirst();
      return c != null ? c : connect();
    } finally {
      lock.unlock();
    }
  }

  void release(Connection c) {
    lock.lock();
    try {
      idle.addFirst(c);
    } finally {
      lock.unlock();
    }
  }

  private Connection connect() {
    return new Connection(url);
  }
}
