// A user directory that keeps the read and write parts of its ReentrantReadWriteLock in locals and
// takes the write part while the read part is held.
// At run time: the write lock waits for the thread's own read lock, so the thread hangs forever.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class UserDirectoryUpgradeViaPartLocals {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, Integer> logins = new HashMap<>();

  void recordLogin(String user) {
    Lock read = rw.readLock();
    Lock write = rw.writeLock();
    read.lock();
    try {
      if (logins.containsKey(user)) {
        // BUG: Diagnostic contains: DoubleLock
        write.lock();
        try {
          logins.merge(user, 1, Integer::sum);
        } finally {
          write.unlock();
        }
      }
    } finally {
      read.unlock();
    }
  }
}
