// The correct version of SearchIndexJoinRebuildUnderLock: the rebuild is joined first and the
// ready flag is published under the mutex.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class SearchIndexJoinThenPublish {
  private final Mutex mu = new Mutex();
  private final Map<String, Integer> postings = new ConcurrentHashMap<>();
  private boolean ready;

  void rebuild(List<String> docs) {
    Task t = Go.go(() -> {
      for (String d : docs) {
        postings.merge(d, 1, Integer::sum);
      }
    });
    t.join();
    mu.lock();
    try {
      ready = true;
    } finally {
      mu.unlock();
    }
  }
}
