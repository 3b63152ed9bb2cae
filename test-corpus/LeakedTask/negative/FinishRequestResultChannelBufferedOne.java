// The fixed version of GoBench GoKer kubernetes#5316: with a buffer of one the result send
// completes even when the handler has already timed out.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;
import java.time.Duration;
import java.util.function.Supplier;

public class FinishRequestResultChannelBufferedOne {
  private String response;

  void finishRequest(Duration timeout, Supplier<String> fn) {
    Chan<String> ch = Chan.make(1);
    Go.go(() -> ch.send(fn.get()));
    Select.select(
        Select.recv(ch, r -> response = r),
        Select.after(timeout, () -> response = "504 Gateway Timeout"));
  }
}
