// The correct version of CommandSwitchCaseForgetsCancel: the switch runs inside try-with-resources
// on the context, so every case cancels it.
import dev.gosafe.Context;
import java.util.concurrent.atomic.AtomicInteger;

public class CommandSwitchInsideTryWithResources {
  private final AtomicInteger restarts = new AtomicInteger();

  String handle(Context server, String command) {
    try (var ctx = Context.withCancel(server)) {
      switch (command) {
        case "restart" -> {
          restarts.incrementAndGet();
          return "restarting";
        }
        case "status" -> {
          return "up, restarts=" + restarts.get();
        }
        default -> {
          return "unknown";
        }
      }
    }
  }
}
