// A mirror checker that adds the number of URLs but starts one task per mirror.
// Real bug: unless both lists have the same size, await() blocks forever or done() throws.
// Missed on purpose: the two sizes are different symbols whose values the analysis cannot
// compare, so it cannot prove that they differ.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class AddSizeOfOneListLoopOverAnother {
  private final Set<String> reachable = ConcurrentHashMap.newKeySet();

  void check(List<String> urls, List<String> mirrors) {
    WaitGroup wg = new WaitGroup();
    // MISS: UnbalancedWaitGroup
    wg.add(urls.size());
    for (String m : mirrors) {
      Go.go(() -> {
        try {
          reachable.add(m);
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
  }
}
