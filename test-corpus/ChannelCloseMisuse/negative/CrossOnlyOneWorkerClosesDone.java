// The correct version of CrossTwoWorkersBothCloseDone: the workers report on a buffered channel
// and only the method closes done, once.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class CrossOnlyOneWorkerClosesDone {
  private int work;

  void runBoth() {
    Chan<Boolean> finished = Chan.make(2);
    Chan<Boolean> done = Chan.make();
    Go.go(() -> {
      work++;
      finished.send(true);
    });
    Go.go(() -> {
      work++;
      finished.send(true);
    });
    finished.recv();
    finished.recv();
    done.close();
  }
}
