// The correct version of TickerSelectSendAfterClose: the last non-blocking tick is offered before
// the channel is closed.
import dev.gosafe.Chan;
import dev.gosafe.Select;

public class TickerSelectSendBeforeClose {
  private final Chan<Long> ticks = Chan.make(1);
  private int dropped;

  void stop(long now) {
    Select.select(
        Select.send(ticks, now, () -> { }),
        Select.defaultCase(() -> dropped++));
    ticks.close();
  }
}
