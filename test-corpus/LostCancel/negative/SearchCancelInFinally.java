// The correct version of SearchEarlyReturnSkipsCancel: the early return is inside try, and finally
// cancels the context.
import dev.gosafe.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class SearchCancelInFinally {
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  String search(Context server, String query) {
    var ctx = Context.withCancel(server);
    try {
      String hit = cache.get(query);
      if (hit != null) {
        return hit;
      }
      String result = query.toUpperCase();
      cache.put(query, result);
      return result;
    } finally {
      ctx.cancel();
    }
  }
}
