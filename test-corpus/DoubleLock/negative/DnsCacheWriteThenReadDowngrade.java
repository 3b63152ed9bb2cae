// A DNS cache that inserts under the write lock and then downgrades: it takes the read lock while
// still holding the write lock and releases the write lock. ReentrantReadWriteLock allows this.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class DnsCacheWriteThenReadDowngrade {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, String> addresses = new HashMap<>();

  int insertAndCount(String host, String ip) {
    rw.writeLock().lock();
    try {
      addresses.put(host, ip);
      rw.readLock().lock();
    } finally {
      rw.writeLock().unlock();
    }
    try {
      return addresses.size();
    } finally {
      rw.readLock().unlock();
    }
  }
}
