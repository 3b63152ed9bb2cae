// Cross-task close: each of two workers closes the shared done channel when it finishes.
// At run time: whichever worker finishes second closes done again and throws
// ClosedChannelException.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class CrossTwoWorkersBothCloseDone {
  private int work;

  void runBoth() {
    Chan<Boolean> done = Chan.make();
    Go.go(() -> {
      work++;
      // BUG: Diagnostic contains: ChannelCloseMisuse
      done.close();
    });
    Go.go(() -> {
      work++;
      // BUG: Diagnostic contains: ChannelCloseMisuse
      done.close();
    });
    done.recv();
  }
}
