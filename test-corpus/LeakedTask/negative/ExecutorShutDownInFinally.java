// An importer shuts its single-thread executor down in a finally block.
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ExecutorShutDownInFinally {
  private int imported;

  void importAll(String csv) {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      single.execute(() -> imported = csv.split(",").length);
    } finally {
      single.shutdown();
    }
  }
}
