// The correct version of IndexerExtraDoneInFinally: the task calls done() exactly once, in finally.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class IndexerSingleDoneInFinally {
  private final Map<String, Integer> index = new ConcurrentHashMap<>();

  void indexAll(List<String> docs) {
    WaitGroup wg = new WaitGroup();
    wg.add(1);
    Go.go(() -> {
      try {
        for (String d : docs) {
          index.merge(d, 1, Integer::sum);
        }
      } finally {
        wg.done();
      }
    });
    wg.await();
  }
}
