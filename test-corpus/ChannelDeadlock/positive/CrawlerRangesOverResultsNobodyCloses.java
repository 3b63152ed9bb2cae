// A crawler fans out three fetches and collects the pages with a for-each over the channel.
// At run time: after the third page the loop waits for a fourth value or a close that never
// comes, so crawl() never returns.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import java.util.ArrayList;
import java.util.List;

public class CrawlerRangesOverResultsNobodyCloses {
  List<String> crawl() {
    Chan<String> pages = Chan.make();
    Go.go(() -> pages.send(fetch("https://example.com/a")));
    Go.go(() -> pages.send(fetch("https://example.com/b")));
    Go.go(() -> pages.send(fetch("https://example.com/c")));
    List<String> out = new ArrayList<>();
    // BUG: Diagnostic contains: ChannelDeadlock
    for (String page : pages) {
      out.add(page);
    }
    return out;
  }

  private static String fetch(String url) {
    return "<html>" + url + "</html>";
  }
}
