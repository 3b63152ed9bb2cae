// Pattern after GoBench GoKer kubernetes#25331 (etcd watcher): Stop() takes the error from the
// watch task and returns, but the task still wants to deliver a result.
// At run time: the watch task blocks forever in resultChan.send().
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class WatchStopLeavesResultUndrained {
  private String lastError;

  void runAndStop() {
    Chan<String> errChan = Chan.make();
    Chan<String> resultChan = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> {
      errChan.send("compacted");
      resultChan.send("ADDED pod/a");
    });
    lastError = errChan.recv();
  }
}
