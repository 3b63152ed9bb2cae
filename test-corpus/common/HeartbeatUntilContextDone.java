// A heartbeat loop that ticks every 10 ms until its context's deadline: each select waits for the
// context's done channel or a 10 ms timer. The context is closed by try-with-resources. Correct:
// every select can complete and the context is always cancelled.
import dev.gosafe.Context;
import dev.gosafe.Select;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

public class HeartbeatUntilContextDone {
  private int beats;

  int run(Context parent) {
    try (var ctx = Context.withTimeout(parent, Duration.ofMillis(50))) {
      AtomicBoolean stop = new AtomicBoolean();
      while (!stop.get()) {
        Select.select(
            Select.recv(ctx.done(), v -> stop.set(true)),
            Select.after(Duration.ofMillis(10), () -> beats++));
      }
      return beats;
    }
  }
}
