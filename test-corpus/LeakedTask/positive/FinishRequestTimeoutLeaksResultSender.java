// Pattern after GoBench GoKer kubernetes#5316 (finishRequest): the handler waits for the result or
// a timeout; on timeout it returns and nobody ever receives the result.
// At run time: the task blocks forever in ch.send() on the unbuffered channel, one leaked task
// per timed-out request.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;
import java.time.Duration;
import java.util.function.Supplier;

public class FinishRequestTimeoutLeaksResultSender {
  private String response;

  void finishRequest(Duration timeout, Supplier<String> fn) {
    Chan<String> ch = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> ch.send(fn.get()));
    Select.select(
        Select.recv(ch, r -> response = r),
        Select.after(timeout, () -> response = "504 Gateway Timeout"));
  }
}
