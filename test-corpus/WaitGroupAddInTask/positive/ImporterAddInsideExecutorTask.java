// A CSV importer that submits one executor task per file; each task registers itself with
// wg.add(1) when it starts running.
// At run time: if the pool has not started a task yet, await() sees zero and returns early, and
// the import is reported complete while files are still being read.
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ImporterAddInsideExecutorTask {
  private final Map<String, Integer> rows = new ConcurrentHashMap<>();

  int importAll(List<String> files) {
    WaitGroup wg = new WaitGroup();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (String f : files) {
        pool.execute(() -> {
          // BUG: Diagnostic contains: WaitGroupAddInTask
          wg.add(1);
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
