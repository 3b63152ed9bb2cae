// The correct version of CacheWarmerAddInsideSubmittedTask: add(keys.size()) once, then one
// submitted loader per key, each calling done() in finally.
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CacheWarmerAddNBeforeSubmitting {
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  void warm(List<String> keys) {
    WaitGroup wg = new WaitGroup();
    wg.add(keys.size());
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (String k : keys) {
        pool.submit(() -> {
          try {
            cache.put(k, k.toLowerCase());
          } finally {
            wg.done();
          }
        });
      }
      wg.await();
    }
  }
}
