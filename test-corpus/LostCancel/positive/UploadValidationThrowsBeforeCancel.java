// An upload handler that creates its deadline context and then validates the request, throwing on
// an empty body.
// At run time: rejected uploads never cancel their context; its timer and registration stay until
// the deadline.
import dev.gosafe.Context;
import java.time.Duration;

public class UploadValidationThrowsBeforeCancel {
  private long stored;

  void upload(Context request, byte[] body) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withTimeout(request, Duration.ofSeconds(30));
    if (body.length == 0) {
      throw new IllegalArgumentException("empty upload");
    }
    stored += body.length;
    ctx.cancel();
  }
}
