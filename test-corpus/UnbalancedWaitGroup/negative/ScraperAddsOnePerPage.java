// The correct version of ScraperAddsOnceForThreePages: add(1) right before each task is started.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class ScraperAddsOnePerPage {
  private final Map<Integer, String> pages = new ConcurrentHashMap<>();

  void scrape(String site) {
    WaitGroup wg = new WaitGroup();
    for (int page = 1; page <= 3; page++) {
      int n = page;
      wg.add(1);
      Go.go(() -> {
        try {
          pages.put(n, site + "?page=" + n);
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
  }
}
