// The fixed version of GoBench GoKer moby#21233: the progress channel holds every update, so the
// producer never waits for a consumer that has stopped reading.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class ProgressChannelBufferedForEveryUpdate {
  private int percent;

  void watch() {
    Chan<Integer> progress = Chan.make(3);
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
