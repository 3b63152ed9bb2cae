// The fixed version of GoBench GoKer grpc#1424: the dialer checks the address before it starts
// the watcher, so every started watcher is drained.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class DialValidatesBeforeStartingWatcher {
  private String target;

  void dial(String address) {
    if (address.isEmpty()) {
      return;
    }
    Chan<Boolean> doneChan = Chan.make();
    Go.go(() -> {
      target = address.trim();
      doneChan.send(true);
    });
    doneChan.recv();
  }
}
