// A quota service that checks usage inside try (mu.rLocked()) and, when over quota, takes the
// write lock to record a block.
// At run time: lock() waits for the read handle this task still holds and never returns.
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class QuotaReadLockedHandleThenLock {
  private final RWMutex mu = new RWMutex();
  private final Map<String, Long> usage = new HashMap<>();
  private final Set<String> blocked = new HashSet<>();

  boolean allowed(String tenant, long limit) {
    try (var read = mu.rLocked()) {
      if (usage.getOrDefault(tenant, 0L) > limit) {
        // BUG: Diagnostic contains: DoubleLock
        mu.lock();
        try {
          blocked.add(tenant);
        } finally {
          mu.unlock();
        }
        return false;
      }
      return true;
    }
  }
}
