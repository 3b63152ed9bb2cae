// The correct version of CrossExtraSenderOutsideWaitGroup: every sender is counted by the
// WaitGroup, and a closer task closes after await().
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;

public class CrossCloserAwaitsAllSenders {
  int gather() {
    Chan<Integer> sizes = Chan.make();
    WaitGroup wg = new WaitGroup();
    wg.go(() -> sizes.send(10));
    wg.go(() -> sizes.send(20));
    wg.go(() -> sizes.send(30));
    Go.go(() -> {
      wg.await();
      sizes.close();
    });
    int total = 0;
    for (Integer s : sizes) {
      total += s;
    }
    return total;
  }
}
