// The correct version of UploadValidationThrowsBeforeCancel: the request is validated before the
// context exists, and the context is closed by try-with-resources.
import dev.gosafe.Context;
import java.time.Duration;

public class UploadValidatesBeforeCreatingContext {
  private long stored;

  void upload(Context request, byte[] body) {
    if (body.length == 0) {
      throw new IllegalArgumentException("empty upload");
    }
    try (var ctx = Context.withTimeout(request, Duration.ofSeconds(30))) {
      stored += body.length;
    }
  }
}
