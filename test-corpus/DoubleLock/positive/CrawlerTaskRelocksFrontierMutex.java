// A crawler task that refills an empty frontier; the refill locks the frontier mutex that the task
// already holds.
// At run time: the task's second lock() throws DeadlockException and the crawl stops.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

public class CrawlerTaskRelocksFrontierMutex {
  private final Mutex mu = new Mutex();
  private final Deque<String> frontier = new ArrayDeque<>();

  void crawl(List<String> seeds) {
    Task t = Go.go(() -> {
      mu.lock();
      try {
        if (frontier.isEmpty()) {
          // BUG: Diagnostic contains: DoubleLock
          mu.lock();
          try {
            frontier.addAll(seeds);
          } finally {
            mu.unlock();
          }
        }
      } finally {
        mu.unlock();
      }
    });
    t.join();
  }
}
