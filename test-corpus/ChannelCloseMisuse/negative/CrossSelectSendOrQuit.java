// The reporter selects between sending its metric and a quit signal; shutdown closes quit, never
// the metrics channel, so no send can hit a closed channel.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;
import dev.gosafe.Task;

public class CrossSelectSendOrQuit {
  private boolean sent;

  void shutdown() {
    Chan<Long> metrics = Chan.make();
    Chan<Boolean> quit = Chan.make();
    Task reporter = Go.go(() -> Select.select(
        Select.send(metrics, 42L, () -> sent = true),
        Select.recv(quit, q -> sent = false)));
    quit.close();
    reporter.join();
  }
}
