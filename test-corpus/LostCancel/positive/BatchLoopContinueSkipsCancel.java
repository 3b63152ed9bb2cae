// A batch sender that gives each message its own 1-second context and skips empty messages with
// continue, before the cancel() at the end of the iteration.
// At run time: every skipped message leaks a context and its timer until the deadline fires.
import dev.gosafe.Context;
import java.time.Duration;
import java.util.List;

public class BatchLoopContinueSkipsCancel {
  private int sent;

  void sendAll(Context parent, List<String> messages) {
    for (String m : messages) {
      // BUG: Diagnostic contains: LostCancel
      var ctx = Context.withTimeout(parent, Duration.ofSeconds(1));
      if (m.isEmpty()) {
        continue;
      }
      sent++;
      ctx.cancel();
    }
  }
}
