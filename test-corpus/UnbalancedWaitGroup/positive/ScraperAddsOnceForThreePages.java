// A scraper that adds 1 to the WaitGroup and then starts three page tasks, each calling done().
// At run time: the second done() drives the counter negative and throws IllegalStateException;
// await() may return before all pages are scraped.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class ScraperAddsOnceForThreePages {
  private final Map<Integer, String> pages = new ConcurrentHashMap<>();

  void scrape(String site) {
    WaitGroup wg = new WaitGroup();
    wg.add(1);
    for (int page = 1; page <= 3; page++) {
      int n = page;
      Go.go(() -> {
        try {
          pages.put(n, site + "?page=" + n);
        } finally {
          // BUG: Diagnostic contains: UnbalancedWaitGroup
          wg.done();
        }
      });
    }
    wg.await();
  }
}
