// A crawler that starts one task per URL and lets each task call wg.add(1) itself.
// At run time: await() can run before any task has called add(), see a zero counter and return
// while the fetches are still running; the results are read half-filled.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CrawlerAddInsideFetchTask {
  private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

  Map<String, Integer> crawl(List<String> urls) {
    WaitGroup wg = new WaitGroup();
    for (String url : urls) {
      Go.go(() -> {
        // BUG: Diagnostic contains: WaitGroupAddInTask
        wg.add(1);
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
