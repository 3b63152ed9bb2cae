// The correct version of ThumbnailerAwaitsWaitGroupBeforeDraining: the results channel has room
// for every worker's value, so the workers finish and await() returns before the reads.
import dev.gosafe.Chan;
import dev.gosafe.WaitGroup;

public class ThumbnailerBufferSizedToWorkers {
  int render(String first, String second) {
    Chan<Integer> sizes = Chan.make(2);
    WaitGroup wg = new WaitGroup();
    wg.go(() -> sizes.send(thumbnail(first)));
    wg.go(() -> sizes.send(thumbnail(second)));
    wg.await();
    return sizes.recv() + sizes.recv();
  }

  private static int thumbnail(String image) {
    return image.length() * 16;
  }
}
