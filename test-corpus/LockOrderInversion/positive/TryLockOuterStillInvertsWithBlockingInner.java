// A flusher opportunistically tryLocks the buffer and then blocks on the file lock; a writer holds
// the file lock and blocks on the buffer lock.
// At run time: when the tryLock succeeds, the flusher and the writer can each wait for the
// other's lock.
import java.util.concurrent.locks.ReentrantLock;

public class TryLockOuterStillInvertsWithBlockingInner {
  private final ReentrantLock buffer = new ReentrantLock();
  private final ReentrantLock file = new ReentrantLock();
  private int pending;
  private int written;

  void flush() {
    if (buffer.tryLock()) {
      try {
        file.lock();
        try {
          written += pending;
          pending = 0;
        } finally {
          file.unlock();
        }
      } finally {
        buffer.unlock();
      }
    }
  }

  void write() {
    file.lock();
    try {
      // BUG: Diagnostic contains: LockOrderInversion
      buffer.lock();
      try {
        pending++;
      } finally {
        buffer.unlock();
      }
    } finally {
      file.unlock();
    }
  }
}
