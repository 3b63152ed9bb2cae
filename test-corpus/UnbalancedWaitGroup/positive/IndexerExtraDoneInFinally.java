// An indexer task that calls done() at the end of its work and again in finally.
// At run time: on the normal path the counter goes negative and the second done() throws
// IllegalStateException ("gosafe: negative WaitGroup counter"); await() may also return early.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class IndexerExtraDoneInFinally {
  private final Map<String, Integer> index = new ConcurrentHashMap<>();

  void indexAll(List<String> docs) {
    WaitGroup wg = new WaitGroup();
    wg.add(1);
    Go.go(() -> {
      try {
        for (String d : docs) {
          index.merge(d, 1, Integer::sum);
        }
        wg.done();
      } finally {
        // BUG: Diagnostic contains: UnbalancedWaitGroup
        wg.done();
      }
    });
    wg.await();
  }
}
