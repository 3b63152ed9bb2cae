// The correct version of ExecutorCreatedPerCallNeverShutDown: the pool is created in a
// try-with-resources statement, whose close() shuts it down and waits for the tasks.
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ExecutorClosedByTryWithResources {
  private int checked;

  void check(List<String> links) {
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (String link : links) {
        pool.submit(() -> checked += link.length());
      }
    }
  }
}
