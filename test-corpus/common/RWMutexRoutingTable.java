// A routing table on a gosafe RWMutex: lookups share rLocked(), updates take locked(), both with
// try-with-resources. Correct: handles release the lock on every path, and nothing blocks while
// the lock is held.
import dev.gosafe.RWMutex;
import java.util.HashMap;
import java.util.Map;

public class RWMutexRoutingTable {
  private final RWMutex mu = new RWMutex();
  private final Map<String, String> routes = new HashMap<>();

  String lookup(String prefix) {
    try (var read = mu.rLocked()) {
      return routes.getOrDefault(prefix, "default");
    }
  }

  void update(Map<String, String> changes) {
    try (var write = mu.locked()) {
      routes.putAll(changes);
    }
  }
}
