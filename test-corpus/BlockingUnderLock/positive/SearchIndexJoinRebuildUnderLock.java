// A search index that starts a rebuild task and joins it while holding the index mutex.
// At run time: queries block for the whole rebuild; if the rebuild task ever takes mu, it and its
// joiner wait for each other forever.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class SearchIndexJoinRebuildUnderLock {
  private final Mutex mu = new Mutex();
  private final Map<String, Integer> postings = new ConcurrentHashMap<>();
  private boolean ready;

  void rebuild(List<String> docs) {
    Task t = Go.go(() -> {
      for (String d : docs) {
        postings.merge(d, 1, Integer::sum);
      }
    });
    mu.lock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      t.join();
      ready = true;
    } finally {
      mu.unlock();
    }
  }
}
