// A cache warmer whose task returns early when the key is already cached, before reaching done().
// At run time: every already-cached key leaves the counter one too high; await() blocks forever.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CacheWarmerEarlyReturnSkipsDone {
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  void warm(List<String> keys) {
    WaitGroup wg = new WaitGroup();
    for (String key : keys) {
      // BUG: Diagnostic contains: UnbalancedWaitGroup
      wg.add(1);
      Go.go(() -> {
        if (cache.containsKey(key)) {
          return;
        }
        cache.put(key, key.repeat(2));
        wg.done();
      });
    }
    wg.await();
  }
}
