// The correct version of CrawlerAddInsideFetchTask: add(1) runs in the caller before each task is
// started, so await() cannot see zero while a fetch is pending.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CrawlerAddBeforeGo {
  private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

  Map<String, Integer> crawl(List<String> urls) {
    WaitGroup wg = new WaitGroup();
    for (String url : urls) {
      wg.add(1);
      Go.go(() -> {
        try {
          sizes.put(url, url.length());
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
    return Map.copyOf(sizes);
  }
}
