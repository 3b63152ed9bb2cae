// Cross-task close: a watchdog closes the quit channel when it detects a stall, and stop() closes
// it as well.
// At run time: when both happen, the second close throws ClosedChannelException.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class CrossWatchdogAndStopBothCloseQuit {
  private boolean stalled;

  void stop() {
    Chan<Boolean> quit = Chan.make();
    Task watchdog = Go.go(() -> {
      if (stalled) {
        // BUG: Diagnostic contains: ChannelCloseMisuse
        quit.close();
      }
    });
    // BUG: Diagnostic contains: ChannelCloseMisuse
    quit.close();
    watchdog.join();
  }
}
