// The fixed version of GoBench GoKer syncthing#5795: close() closes the inbox first, so the
// dispatcher loop ends and signals loopStopped.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class DispatcherInboxClosedBeforeWaiting {
  private int handled;

  void runAndClose() {
    Chan<String> inbox = Chan.make(4);
    Chan<Boolean> loopStopped = Chan.make();
    Go.go(() -> {
      for (String message : inbox) {
        handled += message.length();
      }
      loopStopped.close();
    });
    inbox.send("hello");
    inbox.send("ping");
    inbox.close();
    loopStopped.recv();
  }
}
