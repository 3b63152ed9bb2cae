// The correct version of AliasedChannelClosedTwice: the stage closes its output once, through the
// alias only.
import dev.gosafe.SendChan;

public class AliasedChannelClosedOnce {
  void finish(SendChan<Integer> results, int count) {
    SendChan<Integer> sink = results;
    sink.send(count);
    sink.close();
  }
}
