// Pattern after GoBench GoKer syncthing#5795 (dispatcher loop): close() waits for the dispatcher
// loop to stop, but the loop only stops when its inbox is closed, which close() never does.
// At run time: the dispatcher waits for another message, the caller waits on loopStopped.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class DispatcherStopWaitsWithInboxOpen {
  private int handled;

  void runAndClose() {
    Chan<String> inbox = Chan.make(4);
    Chan<Boolean> loopStopped = Chan.make();
    Go.go(() -> {
      // BUG: Diagnostic contains: ChannelDeadlock
      for (String message : inbox) {
        handled += message.length();
      }
      loopStopped.close();
    });
    inbox.send("hello");
    inbox.send("ping");
    // BUG: Diagnostic contains: ChannelDeadlock
    loopStopped.recv();
  }
}
