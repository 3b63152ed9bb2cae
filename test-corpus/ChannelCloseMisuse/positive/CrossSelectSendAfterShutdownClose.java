// Cross-task close: a reporter offers its metric with a select, while shutdown closes the metrics
// channel without waiting for the reporter.
// At run time: the select's send case can run on the closed channel and throws.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;

public class CrossSelectSendAfterShutdownClose {
  private boolean sent;

  void shutdown() {
    Chan<Long> metrics = Chan.make(1);
    Go.go(() -> Select.select(
        // BUG: Diagnostic contains: ChannelCloseMisuse
        Select.send(metrics, 42L, () -> sent = true),
        Select.defaultCase(() -> sent = false)));
    metrics.close();
  }
}
