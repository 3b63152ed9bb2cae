// Pattern after GoBench GoKer grpc#1424 (DialContext): on a balancer error the dialer returns
// without receiving from the watcher's done channel.
// At run time: the watcher blocks forever in doneChan.send() after dial() has returned.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class DialReturnsOnErrorWithoutDrainingDone {
  private String target;

  void dial(String address) {
    Chan<Boolean> doneChan = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> {
      target = address.trim();
      doneChan.send(true);
    });
    if (address.isEmpty()) {
      return;
    }
    doneChan.recv();
  }
}
