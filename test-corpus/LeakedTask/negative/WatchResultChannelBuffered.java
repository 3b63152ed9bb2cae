// The fixed version of GoBench GoKer kubernetes#25331: the result channel has a slot for the one
// result the watch task may still deliver after Stop().
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class WatchResultChannelBuffered {
  private String lastError;

  void runAndStop() {
    Chan<String> errChan = Chan.make();
    Chan<String> resultChan = Chan.make(1);
    Go.go(() -> {
      errChan.send("compacted");
      resultChan.send("ADDED pod/a");
    });
    lastError = errChan.recv();
  }
}
