// A crawler that gives the whole crawl a deadline: the context is created with try-with-resources,
// handed to an ErrGroup, and each fetch checks the group's context. Correct: the context is
// cancelled on every path and every task is awaited.
import dev.gosafe.Context;
import dev.gosafe.ErrGroup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class ContextPassedDownToErrGroup {
  private final Map<String, Integer> pages = new ConcurrentHashMap<>();

  void crawl(Context parent, List<String> urls) {
    try (var ctx = Context.withTimeout(parent, Duration.ofSeconds(5))) {
      ErrGroup g = new ErrGroup(ctx);
      for (String url : urls) {
        g.go(() -> fetch(g.context(), url));
      }
      g.await();
    }
  }

  private void fetch(Context ctx, String url) {
    if (ctx.err() != null) {
      return;
    }
    pages.put(url, url.length());
  }
}
