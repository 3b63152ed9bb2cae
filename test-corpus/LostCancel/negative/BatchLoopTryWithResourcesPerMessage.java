// The correct version of BatchLoopContinueSkipsCancel: each iteration's context is a
// try-with-resources resource, so continue closes it as well.
import dev.gosafe.Context;
import java.time.Duration;
import java.util.List;

public class BatchLoopTryWithResourcesPerMessage {
  private int sent;

  void sendAll(Context parent, List<String> messages) {
    for (String m : messages) {
      try (var ctx = Context.withTimeout(parent, Duration.ofSeconds(1))) {
        if (m.isEmpty()) {
          continue;
        }
        sent++;
      }
    }
  }
}
