// The correct version of CrawlerRangesOverResultsNobodyCloses: a closer task awaits the fetchers'
// WaitGroup and then closes the channel, so the for-each ends after the last page.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.ArrayList;
import java.util.List;

public class CrawlerClosesResultsAfterWaitGroup {
  List<String> crawl() {
    Chan<String> pages = Chan.make();
    WaitGroup wg = new WaitGroup();
    wg.go(() -> pages.send(fetch("https://example.com/a")));
    wg.go(() -> pages.send(fetch("https://example.com/b")));
    wg.go(() -> pages.send(fetch("https://example.com/c")));
    Go.go(() -> {
      wg.await();
      pages.close();
    });
    List<String> out = new ArrayList<>();
    for (String page : pages) {
      out.add(page);
    }
    return out;
  }

  private static String fetch(String url) {
    return "<html>" + url + "</html>";
  }
}
