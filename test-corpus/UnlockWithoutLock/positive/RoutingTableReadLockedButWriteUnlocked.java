// A routing table that reads under rLock() but releases with unlock() (the writer's release).
// At run time: unlock() of an RWMutex that is not write-locked throws IllegalStateException, and
// the read lock is never released (so LockNotReleased is reported too).
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class RoutingTableReadLockedButWriteUnlocked {
  private final RWMutex mu = new RWMutex();
  private final Map<String, String> routes = new HashMap<>();

  String route(String prefix) {
    // BUG: Diagnostic contains: LockNotReleased
    mu.rLock();
    try {
      return routes.get(prefix);
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      mu.unlock();
    }
  }
}
