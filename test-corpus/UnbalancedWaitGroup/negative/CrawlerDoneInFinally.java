// The correct version of CrawlerDoneNotInFinally: wg.add(urls.size()) before a loop that starts
// exactly one task per URL, each calling done() in finally, so the counter reaches zero even when
// a fetch fails.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CrawlerDoneInFinally {
  private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

  void crawl(List<String> urls) {
    WaitGroup wg = new WaitGroup();
    wg.add(urls.size());
    for (String url : urls) {
      Go.go(() -> {
        try {
          sizes.put(url, fetch(url));
        } finally {
          wg.done();
        }
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
