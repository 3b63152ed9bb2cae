// The fixed version of GoBench GoKer kubernetes#70277: the caller closes the tick channel after the
// last tick, so the poller's loop ends.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class PollerTicksClosedAfterLastTick {
  private int checks;

  void pollTwice() {
    Chan<Long> ticks = Chan.make(2);
    Go.go(() -> {
      for (Long tick : ticks) {
        checks++;
      }
    });
    ticks.send(1L);
    ticks.send(2L);
    ticks.close();
  }
}
