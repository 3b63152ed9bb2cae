// An in-memory cache whose evictExpired() unlocks the mutex only on the normal path.
// At run time: if removeIf() throws (e.g. a clock lookup fails), mu stays locked and every later
// get() blocks forever.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class CacheEvictUnlockOnlyOnNormalPath {
  private final Mutex mu = new Mutex();
  private final Map<String, Long> expiresAt = new HashMap<>();

  void evictExpired(long now) {
    // BUG: Diagnostic contains: LockNotReleased
    mu.lock();
    expiresAt.values().removeIf(t -> t < now);
    mu.unlock();
  }

  Long get(String key) {
    mu.lock();
    try {
      return expiresAt.get(key);
    } finally {
      mu.unlock();
    }
  }
}
