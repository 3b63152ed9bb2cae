// A stream that closes its output through a helper on error and closes it again at the end.
// Real bug: on the error path the channel is closed twice (ClosedChannelException). Missed on
// purpose: the rule does not follow calls into other methods, and passing the channel to one
// ends its tracking.
import dev.gosafe.SendChan;
import java.util.List;

public class CloseThroughHelperThenCloseAgain {
  private int errors;

  void stream(List<String> items, SendChan<String> out) {
    for (String item : items) {
      if (item.isEmpty()) {
        abort(out);
        break;
      }
      out.send(item);
    }
    // MISS: ChannelCloseMisuse
    out.close();
  }

  private void abort(SendChan<String> out) {
    errors++;
    out.close();
  }
}
