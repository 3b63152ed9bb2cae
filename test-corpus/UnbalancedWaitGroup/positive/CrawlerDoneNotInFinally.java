// A crawler that fetches every URL in its own task and calls wg.done() after the fetch, not in
// finally.
// At run time: when one fetch throws, its task never calls done(); the counter never reaches zero
// and await() blocks forever.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CrawlerDoneNotInFinally {
  private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

  void crawl(List<String> urls) {
    WaitGroup wg = new WaitGroup();
    // BUG: Diagnostic contains: UnbalancedWaitGroup
    wg.add(urls.size());
    for (String url : urls) {
      Go.go(() -> {
        sizes.put(url, fetch(url));
        wg.done();
      });
    }
    wg.await();
  }

  private static int fetch(String url) {
    if (!url.startsWith("https://")) {
      throw new IllegalArgumentException("refusing " + url);
    }
    return url.length();
  }
}
