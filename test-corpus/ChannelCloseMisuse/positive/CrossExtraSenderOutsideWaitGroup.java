// Cross-task close: the closer waits for the WaitGroup's senders, but one more sender was started
// with Go.go and is not counted.
// At run time: the uncounted sender can send after the close and throw.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;

public class CrossExtraSenderOutsideWaitGroup {
  int gather() {
    Chan<Integer> sizes = Chan.make(3);
    WaitGroup wg = new WaitGroup();
    wg.go(() -> sizes.send(10));
    wg.go(() -> sizes.send(20));
    Go.go(() -> {
      // BUG: Diagnostic contains: ChannelCloseMisuse
      sizes.send(30);
    });
    wg.await();
    sizes.close();
    int total = 0;
    for (Integer s : sizes) {
      total += s;
    }
    return total;
  }
}
