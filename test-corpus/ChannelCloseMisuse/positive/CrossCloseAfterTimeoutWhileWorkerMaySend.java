// Cross-task close: a fetcher gives up after a timeout and closes the results channel, but the
// worker it started may still be about to send.
// At run time: the worker's send() runs after the close and throws ClosedChannelException.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;
import java.time.Duration;

public class CrossCloseAfterTimeoutWhileWorkerMaySend {
  private String body;

  void fetch(String url) {
    Chan<String> results = Chan.make(1);
    Go.go(() -> {
      String page = "<html>" + url + "</html>";
      // BUG: Diagnostic contains: ChannelCloseMisuse
      results.send(page);
    });
    Select.select(
        Select.recv(results, r -> body = r),
        Select.after(Duration.ofSeconds(1), () -> body = null));
    results.close();
  }
}
