// A search handler that creates a cancellable context and returns early on a cache hit, before
// the cancel() at the end.
// At run time: every cache hit leaks a live context registered with its parent until the parent
// is cancelled, which for a server-wide parent is never.
import dev.gosafe.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class SearchEarlyReturnSkipsCancel {
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  String search(Context server, String query) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withCancel(server);
    String hit = cache.get(query);
    if (hit != null) {
      return hit;
    }
    String result = query.toUpperCase();
    cache.put(query, result);
    ctx.cancel();
    return result;
  }
}
