// A session handler whose old-style switch lets "abort" fall through into "done", both closing the
// events channel.
// At run time: an abort closes the channel twice and throws ClosedChannelException.
import dev.gosafe.SendChan;

public class SwitchFallthroughClosesTwice {
  private int aborted;

  void end(String reason, SendChan<String> events) {
    switch (reason) {
      case "abort":
        aborted++;
        events.close();
      case "done":
        // BUG: Diagnostic contains: ChannelCloseMisuse
        events.close();
        break;
      default:
        events.send("ignored " + reason);
    }
  }
}
