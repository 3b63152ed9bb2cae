// An indexer that starts a task while holding the mutex; the task locks the same mutex. That is
// another task waiting its turn, not a relock: the parent unlocks before it joins the task.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;
import java.util.ArrayList;
import java.util.List;

public class IndexerTaskLocksMutexReleasedByParent {
  private final Mutex mu = new Mutex();
  private final List<String> terms = new ArrayList<>();

  void index(String doc) {
    Task t;
    mu.lock();
    try {
      terms.add("doc:" + doc);
      t = Go.go(() -> {
        mu.lock();
        try {
          terms.add("len:" + doc.length());
        } finally {
          mu.unlock();
        }
      });
    } finally {
      mu.unlock();
    }
    t.join();
  }
}
