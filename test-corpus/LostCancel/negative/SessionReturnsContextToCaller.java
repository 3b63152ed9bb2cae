// A session factory that creates a cancellable context and returns it: the caller owns it now and
// is responsible for cancelling it, so nothing is lost here.
import dev.gosafe.CancelContext;
import dev.gosafe.Context;
import java.time.Duration;

public class SessionReturnsContextToCaller {
  private final Context server = Context.background();

  CancelContext openSession(Duration idleTimeout) {
    CancelContext ctx = Context.withTimeout(server, idleTimeout);
    return ctx;
  }
}
