// Per-key locks created on demand in a map, so that writers of different keys do not contend.
// Real bug: if write() throws, the key's lock stays held. Missed on purpose: the lock is the
// return value of computeIfAbsent(), an object whose identity the analysis does not know.
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

public class PerKeyLockFromMapNotReleasedOnException {
  private final ConcurrentHashMap<String, Lock> locks = new ConcurrentHashMap<>();

  void store(String key, byte[] data) {
    Lock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
    // MISS: LockNotReleased
    lock.lock();
    write(key, data);
    lock.unlock();
  }

  private static void write(String key, byte[] data) {
    if (data.length == 0) {
      throw new IllegalArgumentException("empty value for " + key);
    }
  }
}
