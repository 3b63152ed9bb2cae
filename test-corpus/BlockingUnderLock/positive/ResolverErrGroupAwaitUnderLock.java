// A resolver that fans out lookups with an ErrGroup and waits for them while holding its mutex.
// At run time: lookups() and every other caller block until the slowest lookup finishes.
import dev.gosafe.ErrGroup;
import dev.gosafe.Mutex;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class ResolverErrGroupAwaitUnderLock {
  private final Mutex mu = new Mutex();
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private int lookups;

  void resolveAll(List<String> names) {
    mu.lock();
    try {
      ErrGroup g = new ErrGroup();
      for (String n : names) {
        g.go(() -> answers.put(n, "192.0.2." + Math.floorMod(n.hashCode(), 250)));
      }
      // BUG: Diagnostic contains: BlockingUnderLock
      g.await();
      lookups += names.size();
    } finally {
      mu.unlock();
    }
  }
}
