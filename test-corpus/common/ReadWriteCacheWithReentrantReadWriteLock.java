// A read-mostly cache guarded by a ReentrantReadWriteLock: readers share the read lock, a miss
// releases it, takes the write lock and checks again. Correct: every lock() is before its try and
// released in finally, and no thread upgrades while holding the read lock.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

public class ReadWriteCacheWithReentrantReadWriteLock {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, String> entries = new HashMap<>();

  String get(String key, Function<String, String> loader) {
    rw.readLock().lock();
    try {
      String v = entries.get(key);
      if (v != null) {
        return v;
      }
    } finally {
      rw.readLock().unlock();
    }
    rw.writeLock().lock();
    try {
      return entries.computeIfAbsent(key, loader);
    } finally {
      rw.writeLock().unlock();
    }
  }

  void invalidate(String key) {
    rw.writeLock().lock();
    try {
      entries.remove(key);
    } finally {
      rw.writeLock().unlock();
    }
  }
}
