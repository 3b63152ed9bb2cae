// The correct version of RoutingTableReadLockedButWriteUnlocked: rLock() is paired with rUnlock(),
// lock() with unlock().
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class RoutingTableReadLockReadUnlock {
  private final RWMutex mu = new RWMutex();
  private final Map<String, String> routes = new HashMap<>();

  String route(String prefix) {
    mu.rLock();
    try {
      return routes.get(prefix);
    } finally {
      mu.rUnlock();
    }
  }

  void add(String prefix, String target) {
    mu.lock();
    try {
      routes.put(prefix, target);
    } finally {
      mu.unlock();
    }
  }
}
