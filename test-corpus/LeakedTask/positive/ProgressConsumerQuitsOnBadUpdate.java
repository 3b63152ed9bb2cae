// Pattern after GoBench GoKer moby#21233 (transfer progress): the consumer stops reading progress
// updates at the first bad one, while the producer still has updates to send.
// At run time: the producer blocks forever in progress.send() after watch() has returned.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class ProgressConsumerQuitsOnBadUpdate {
  private int percent;

  void watch() {
    Chan<Integer> progress = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> {
      progress.send(10);
      progress.send(60);
      progress.send(100);
    });
    Integer first = progress.recv();
    if (first == null || first < 0) {
      return;
    }
    percent = progress.recv();
    percent = progress.recv();
  }
}
