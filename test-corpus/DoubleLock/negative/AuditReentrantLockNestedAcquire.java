// An audit trail whose record() calls a nested locked section on the same ReentrantLock: the lock
// is reentrant, so the holder may acquire it again (each acquire paired with an unlock).
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

public class AuditReentrantLockNestedAcquire {
  private final ReentrantLock lock = new ReentrantLock();
  private final List<String> trail = new ArrayList<>();
  private long sequence;

  void record(String event) {
    lock.lock();
    try {
      lock.lock();
      try {
        sequence++;
      } finally {
        lock.unlock();
      }
      trail.add(sequence + ":" + event);
    } finally {
      lock.unlock();
    }
  }
}
