// The correct version of ReplicaSelectTimeoutReturnSkipsCancel: the select runs inside
// try-with-resources, so the timeout path cancels the context too.
import dev.gosafe.Context;
import dev.gosafe.RecvChan;
import dev.gosafe.Select;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

public class ReplicaSelectTimeoutTryWithResources {
  String read(Context parent, RecvChan<String> replies) {
    try (var ctx = Context.withTimeout(parent, Duration.ofMillis(200))) {
      AtomicReference<String> reply = new AtomicReference<>();
      Select.select(
          Select.recv(replies, r -> reply.set(r)),
          Select.recv(ctx.done(), v -> reply.set(null)));
      return reply.get() == null ? "timeout" : reply.get();
    }
  }
}
