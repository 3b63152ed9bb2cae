// The correct version of DnsCacheReentrantReadWriteUpgrade: the read lock is released before the
// write lock is taken, and the entry is checked again under the write lock.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class DnsCacheUpgradeByReleasingRead {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, String> addresses = new HashMap<>();

  String resolve(String host) {
    rw.readLock().lock();
    try {
      String ip = addresses.get(host);
      if (ip != null) {
        return ip;
      }
    } finally {
      rw.readLock().unlock();
    }
    rw.writeLock().lock();
    try {
      return addresses.computeIfAbsent(host, h -> "10.0.0." + Math.floorMod(h.hashCode(), 250));
    } finally {
      rw.writeLock().unlock();
    }
  }
}
