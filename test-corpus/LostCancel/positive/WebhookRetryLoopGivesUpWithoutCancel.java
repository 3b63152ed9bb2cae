// A webhook sender that retries three times under one deadline context, cancels it on success,
// and gives up with return false after the last attempt.
// At run time: every undeliverable webhook leaves its context alive until the deadline fires.
import dev.gosafe.Context;
import java.time.Duration;
import java.util.function.Predicate;

public class WebhookRetryLoopGivesUpWithoutCancel {
  boolean deliver(Context parent, String payload, Predicate<String> send) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withTimeout(parent, Duration.ofSeconds(3));
    for (int attempt = 0; attempt < 3; attempt++) {
      if (ctx.err() == null && send.test(payload)) {
        ctx.cancel();
        return true;
      }
    }
    return false;
  }
}
