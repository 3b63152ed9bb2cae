// Cross-task close: the method closes the events channel right after starting the sender and
// joins it only afterwards.
// At run time: the sender's send() usually runs after the close and throws.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class CrossMainClosesBeforeJoiningSender {
  void emit() {
    Chan<String> events = Chan.make(1);
    Task sender = Go.go(() -> {
      // BUG: Diagnostic contains: ChannelCloseMisuse
      events.send("started");
    });
    events.close();
    sender.join();
  }
}
