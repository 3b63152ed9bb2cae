// The correct version of ImportLatchCountDownNotInFinally: each executor task counts the latch
// down in finally, so a file that fails to parse still releases the waiter.
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ImportLatchCountDownInFinally {
  private final Map<String, Integer> rows = new ConcurrentHashMap<>();

  void importAll(List<String> files) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(files.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (String f : files) {
        pool.execute(() -> {
          try {
            rows.put(f, Integer.parseInt(f.substring(f.lastIndexOf('-') + 1)));
          } finally {
            done.countDown();
          }
        });
      }
      done.await();
    }
  }
}
