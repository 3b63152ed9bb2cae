// The correct version of SwitchFallthroughClosesTwice: every case ends with break, so the events
// channel is closed once on each path.
import dev.gosafe.SendChan;

public class SwitchWithBreaksClosesOnce {
  private int aborted;

  void end(String reason, SendChan<String> events) {
    switch (reason) {
      case "abort":
        aborted++;
        events.close();
        break;
      case "done":
        events.close();
        break;
      default:
        events.send("ignored " + reason);
    }
  }
}
