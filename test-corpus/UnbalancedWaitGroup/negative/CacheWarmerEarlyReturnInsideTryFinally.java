// The correct version of CacheWarmerEarlyReturnSkipsDone: the early return is inside the try, so
// finally calls done() on that path too.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CacheWarmerEarlyReturnInsideTryFinally {
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  void warm(List<String> keys) {
    WaitGroup wg = new WaitGroup();
    for (String key : keys) {
      wg.add(1);
      Go.go(() -> {
        try {
          if (cache.containsKey(key)) {
            return;
          }
          cache.put(key, key.repeat(2));
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
  }
}
