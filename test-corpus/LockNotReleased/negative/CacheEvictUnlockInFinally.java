// The correct version of CacheEvictUnlockOnlyOnNormalPath: the mutex is locked before the try
// and unlocked in finally, so it is released even if removeIf() throws.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class CacheEvictUnlockInFinally {
  private final Mutex mu = new Mutex();
  private final Map<String, Long> expiresAt = new HashMap<>();

  void evictExpired(long now) {
    mu.lock();
    try {
      expiresAt.values().removeIf(t -> t < now);
    } finally {
      mu.unlock();
    }
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
