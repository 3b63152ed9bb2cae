// A fan-out that closes every output channel in a list, and then closes the first one again as the
// "primary" output.
// Real bug: the primary channel is closed twice (ClosedChannelException). Missed on purpose: list
// elements have no identity the analysis can track.
import dev.gosafe.Chan;
import java.util.List;

public class ChannelFromListClosedTwice {
  void closeAll(List<Chan<String>> outputs) {
    for (Chan<String> out : outputs) {
      out.close();
    }
    // MISS: ChannelCloseMisuse
    outputs.get(0).close();
  }
}
