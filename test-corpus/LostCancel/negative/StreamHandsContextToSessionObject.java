// A stream opener that wraps its context in a Session object and returns it; Session.close()
// cancels the context, so the context is handed on, not lost.
import dev.gosafe.CancelContext;
import dev.gosafe.Context;

public class StreamHandsContextToSessionObject {
  static final class Session implements AutoCloseable {
    private final CancelContext ctx;
    private final String stream;

    Session(CancelContext ctx, String stream) {
      this.ctx = ctx;
      this.stream = stream;
    }

    @Override
    public void close() {
      ctx.cancel();
    }
  }

  Session open(Context parent, String stream) {
    var ctx = Context.withCancel(parent);
    return new Session(ctx, stream);
  }
}
