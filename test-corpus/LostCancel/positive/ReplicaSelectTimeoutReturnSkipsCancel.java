// A replica reader that waits for a reply or its context's deadline with select, and returns
// straight away when the deadline won.
// At run time: on the timeout path cancel() is skipped; the context stays registered with its
// parent.
import dev.gosafe.Context;
import dev.gosafe.RecvChan;
import dev.gosafe.Select;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

public class ReplicaSelectTimeoutReturnSkipsCancel {
  String read(Context parent, RecvChan<String> replies) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withTimeout(parent, Duration.ofMillis(200));
    AtomicReference<String> reply = new AtomicReference<>();
    Select.select(
        Select.recv(replies, r -> reply.set(r)),
        Select.recv(ctx.done(), v -> reply.set(null)));
    if (reply.get() == null) {
      return "timeout";
    }
    ctx.cancel();
    return reply.get();
  }
}
