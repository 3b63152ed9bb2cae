// A DNS cache that resolves a missing host while holding the read lock and then takes the write
// lock of the same ReentrantReadWriteLock.
// At run time: ReentrantReadWriteLock does not upgrade read to write; writeLock().lock() waits
// for this thread's own read lock forever.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class DnsCacheReentrantReadWriteUpgrade {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, String> addresses = new HashMap<>();

  String resolve(String host) {
    rw.readLock().lock();
    try {
      String ip = addresses.get(host);
      if (ip == null) {
        ip = "10.0.0." + Math.floorMod(host.hashCode(), 250);
        // BUG: Diagnostic contains: DoubleLock
        rw.writeLock().lock();
        try {
          addresses.put(host, ip);
        } finally {
          rw.writeLock().unlock();
        }
      }
      return ip;
    } finally {
      rw.readLock().unlock();
    }
  }
}
