// Pattern after GoBench GoKer etcd#6857 (raft node): a status request is sent on the node's
// unbuffered status channel after the run loop has already handled stop and exited.
// At run time: the status caller blocks forever in status.send().
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;

public class NodeStatusRequestedAfterRunLoopStopped {
  private String lastStatus;

  void stopThenStatus() {
    Chan<Boolean> stop = Chan.make();
    Chan<String> status = Chan.make();
    Go.go(() -> Select.select(
        Select.recv(stop, s -> lastStatus = "stopped"),
        Select.recv(status, s -> lastStatus = s)));
    stop.send(true);
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> status.send("leader"));
  }
}
