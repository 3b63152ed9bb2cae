// An admin command handler that creates a context per command; the "status" case returns without
// cancelling it.
// At run time: every status command leaks a live context registered with the server context.
import dev.gosafe.Context;
import java.util.concurrent.atomic.AtomicInteger;

public class CommandSwitchCaseForgetsCancel {
  private final AtomicInteger restarts = new AtomicInteger();

  String handle(Context server, String command) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withCancel(server);
    switch (command) {
      case "restart" -> {
        restarts.incrementAndGet();
        ctx.cancel();
        return "restarting";
      }
      case "status" -> {
        return "up, restarts=" + restarts.get();
      }
      default -> {
        ctx.cancel();
        return "unknown";
      }
    }
  }
}
