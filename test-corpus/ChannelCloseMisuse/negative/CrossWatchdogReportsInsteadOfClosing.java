// The correct version of CrossWatchdogAndStopBothCloseQuit: the watchdog reports a stall on a
// buffered channel and only stop() closes quit.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class CrossWatchdogReportsInsteadOfClosing {
  private boolean stalled;

  void stop() {
    Chan<Boolean> quit = Chan.make();
    Chan<String> alerts = Chan.make(1);
    Task watchdog = Go.go(() -> {
      if (stalled) {
        alerts.send("stalled");
      }
    });
    quit.close();
    watchdog.join();
  }
}
