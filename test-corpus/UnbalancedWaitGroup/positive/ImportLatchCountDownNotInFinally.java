// A file importer that submits one executor task per file; each task counts the latch down after
// parsing, not in finally.
// At run time: a file that fails to parse never counts down, so await() blocks forever.
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ImportLatchCountDownNotInFinally {
  private final Map<String, Integer> rows = new ConcurrentHashMap<>();

  void importAll(List<String> files) throws InterruptedException {
    // BUG: Diagnostic contains: UnbalancedWaitGroup
    CountDownLatch done = new CountDownLatch(files.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (String f : files) {
        pool.execute(() -> {
          rows.put(f, Integer.parseInt(f.substring(f.lastIndexOf('-') + 1)));
          done.countDown();
        });
      }
      done.await();
    }
  }
}
