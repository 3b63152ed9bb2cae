// Pattern after GoBench GoKer kubernetes#70277 (wait.poller): the poller task only quits when its
// tick channel is closed, and the caller never closes it.
// At run time: after the last tick the poller waits forever in its for-each loop.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class PollerTicksChannelNeverClosed {
  private int checks;

  void pollTwice() {
    Chan<Long> ticks = Chan.make(2);
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> {
      for (Long tick : ticks) {
        checks++;
      }
    });
    ticks.send(1L);
    ticks.send(2L);
  }
}
