// A cache warmer that submits loaders to an executor; each loader calls wg.add(1) when it runs.
// At run time: the warmer may report "warm" before any loader has registered.
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class CacheWarmerAddInsideSubmittedTask {
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  void warm(List<String> keys) {
    WaitGroup wg = new WaitGroup();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (String k : keys) {
        pool.submit(() -> {
          // BUG: Diagnostic contains: WaitGroupAddInTask
          wg.add(1);
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
