// The fixed version of GoBench GoKer moby#33293: the error channel has room for the one error the
// waiter may report, so the waiter finishes even when nobody reads it.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class ContainerWaitErrorChannelBuffered {
  int waitExit(String containerId) {
    Chan<Integer> statusC = Chan.make();
    Chan<String> errC = Chan.make(1);
    Go.go(() -> {
      statusC.send(containerId.hashCode() & 0xff);
      errC.send("container " + containerId + " removed");
    });
    return statusC.recv();
  }
}
