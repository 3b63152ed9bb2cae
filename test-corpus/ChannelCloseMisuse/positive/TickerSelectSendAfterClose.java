// A ticker that closes its tick channel on stop and then tries one last non-blocking tick with
// select.
// At run time: the send case on a closed channel makes select throw ClosedChannelException.
import dev.gosafe.Chan;
import dev.gosafe.Select;

public class TickerSelectSendAfterClose {
  private final Chan<Long> ticks = Chan.make(1);
  private int dropped;

  void stop(long now) {
    ticks.close();
    Select.select(
        // BUG: Diagnostic contains: ChannelCloseMisuse
        Select.send(ticks, now, () -> { }),
        Select.defaultCase(() -> dropped++));
  }
}
