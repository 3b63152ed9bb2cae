// The writer holds the file lock and only tryLocks the buffer, backing off when it is taken; a
// tryLock never waits, so the opposite order in flush() cannot deadlock with it.
import java.util.concurrent.locks.ReentrantLock;

public class InnerTryLockBacksOff {
  private final ReentrantLock buffer = new ReentrantLock();
  private final ReentrantLock file = new ReentrantLock();
  private int pending;
  private int written;
  private int retries;

  void flush() {
    buffer.lock();
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

  void write() {
    file.lock();
    try {
      if (buffer.tryLock()) {
        try {
          pending++;
        } finally {
          buffer.unlock();
        }
      } else {
        retries++;
      }
    } finally {
      file.unlock();
    }
  }
}
