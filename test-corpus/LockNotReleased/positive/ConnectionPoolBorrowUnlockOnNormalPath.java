// A connection pool whose borrow() creates a connection under the lock and unlocks afterwards.
// At run time: if connect() throws (network down), the pool lock is never released and every
// borrow() and release() blocks forever.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

public class ConnectionPoolBorrowUnlockOnNormalPath {
  static final class Connection {
    final String url;

    Connection(String url) {
      this.url = url;
    }
  }

  private final Lock lock = new ReentrantLock();
  private final Deque<Connection> idle = new ArrayDeque<>();
  private final String url;

  ConnectionPoolBorrowUnlockOnNormalPath(String url) {
    this.url = url;
  }

  Connection borrow() {
    // BUG: Diagnostic contains: LockNotReleased
    lock.lock();
    Connection c = idle.pollFirst();
    if (c == null) {
      c = connect();
    }
    lock.unlock();
    return c;
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
