// The fixed version of GoBench GoKer etcd#6857: the run loop closes done when it exits and the
// status caller selects on done, so a late request gives up instead of blocking.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;

public class NodeStatusSelectsOnDone {
  private String lastStatus;

  void stopThenStatus() {
    Chan<Boolean> stop = Chan.make(1);
    Chan<String> status = Chan.make();
    Chan<Boolean> done = Chan.make();
    Go.go(() -> {
      Select.select(
          Select.recv(stop, s -> lastStatus = "stopped"),
          Select.recv(status, s -> lastStatus = s));
      done.close();
    });
    stop.send(true);
    Go.go(() -> Select.select(
        Select.send(status, "leader", () -> lastStatus = "sent"),
        Select.recv(done, d -> lastStatus = "node stopped")));
  }
}
