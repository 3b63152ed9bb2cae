// A link checker creates a fixed thread pool on every call and never shuts it down.
// At run time: the pool's threads stay alive after check() returns, one pool per call, and keep
// the JVM from exiting.
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ExecutorCreatedPerCallNeverShutDown {
  private int checked;

  void check(List<String> links) {
    // BUG: Diagnostic contains: LeakedTask
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (String link : links) {
      pool.submit(() -> checked += link.length());
    }
  }
}
