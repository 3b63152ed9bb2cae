// The correct version of MetricsFlusherAddAfterWorkStarts: the caller adds before starting the
// task; the task prepares and sends the payload, then calls done() in finally.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class MetricsFlusherAddBeforeStart {
  private final Map<String, Long> pending = new ConcurrentHashMap<>();
  private volatile String lastPayload = "";

  void flush() {
    WaitGroup wg = new WaitGroup();
    wg.add(1);
    Go.go(() -> {
      try {
        lastPayload = pending.toString();
      } finally {
        wg.done();
      }
    });
    wg.await();
  }
}
