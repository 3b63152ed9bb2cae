// The correct version of ImporterAddInsideExecutorTask: the caller adds before handing each task to
// the pool.
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ImporterAddBeforeExecute {
  private final Map<String, Integer> rows = new ConcurrentHashMap<>();

  int importAll(List<String> files) {
    WaitGroup wg = new WaitGroup();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (String f : files) {
        wg.add(1);
        pool.execute(() -> {
          try {
            rows.put(f, f.length());
          } finally {
            wg.done();
          }
        });
      }
      wg.await();
      return rows.size();
    }
  }
}
