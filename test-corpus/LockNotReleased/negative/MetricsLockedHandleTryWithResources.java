// A metrics registry that guards its map with try-with-resources on mu.locked(): the handle's
// close() unlocks on every path, exceptions included.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class MetricsLockedHandleTryWithResources {
  private final Mutex mu = new Mutex();
  private final Map<String, Long> counters = new HashMap<>();

  void increment(String name) {
    try (var held = mu.locked()) {
      counters.merge(name, 1L, Long::sum);
    }
  }

  Map<String, Long> snapshot() {
    try (var held = mu.locked()) {
      return Map.copyOf(counters);
    }
  }
}
