// A pipeline stage that keeps its output under a second name, closes it through the alias and then
// through the original name.
// At run time: both names denote the same channel; the second close() throws
// ClosedChannelException.
import dev.gosafe.SendChan;

public class AliasedChannelClosedTwice {
  void finish(SendChan<Integer> results, int count) {
    SendChan<Integer> sink = results;
    sink.send(count);
    sink.close();
    // BUG: Diagnostic contains: ChannelCloseMisuse
    results.close();
  }
}
