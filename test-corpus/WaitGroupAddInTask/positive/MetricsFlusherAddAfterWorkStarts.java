// A metrics flusher whose task prepares the payload and only then calls wg.add(1) before sending.
// At run time: the caller's await() can pass before the add(), and the process exits with
// unsent metrics.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class MetricsFlusherAddAfterWorkStarts {
  private final Map<String, Long> pending = new ConcurrentHashMap<>();
  private volatile String lastPayload = "";

  void flush() {
    WaitGroup wg = new WaitGroup();
    Go.go(() -> {
      String payload = pending.toString();
      // BUG: Diagnostic contains: WaitGroupAddInTask
      wg.add(1);
      try {
        lastPayload = payload;
      } finally {
        wg.done();
      }
    });
    wg.await();
  }
}
