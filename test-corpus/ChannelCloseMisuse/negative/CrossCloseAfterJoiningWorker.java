// The correct version of CrossCloseAfterTimeoutWhileWorkerMaySend: the channel is closed only
// after the worker has been joined, so no send can follow the close.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;
import dev.gosafe.Task;
import java.time.Duration;

public class CrossCloseAfterJoiningWorker {
  private String body;

  void fetch(String url) {
    Chan<String> results = Chan.make(1);
    Task worker = Go.go(() -> results.send("<html>" + url + "</html>"));
    Select.select(
        Select.recv(results, r -> body = r),
        Select.after(Duration.ofSeconds(1), () -> body = null));
    worker.join();
    results.close();
  }
}
