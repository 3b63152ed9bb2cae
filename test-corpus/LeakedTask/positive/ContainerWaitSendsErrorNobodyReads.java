// Pattern after GoBench GoKer moby#33293 (containerWait): the waiter reports the exit status and
// then an error on a second unbuffered channel, but the caller stops after the status.
// At run time: the waiter blocks forever in errC.send() once the caller has returned.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class ContainerWaitSendsErrorNobodyReads {
  int waitExit(String containerId) {
    Chan<Integer> statusC = Chan.make();
    Chan<String> errC = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> {
      statusC.send(containerId.hashCode() & 0xff);
      errC.send("container " + containerId + " removed");
    });
    return statusC.recv();
  }
}
