// A thumbnailer waits for all workers before it reads their results from an unbuffered channel.
// At run time: each worker blocks in send() until someone receives, the method blocks in await()
// until the workers finish: a wait cycle between the channel and the WaitGroup.
import dev.gosafe.Chan;
import dev.gosafe.WaitGroup;

public class ThumbnailerAwaitsWaitGroupBeforeDraining {
  int render(String first, String second) {
    Chan<Integer> sizes = Chan.make();
    WaitGroup wg = new WaitGroup();
    wg.go(() -> {
      // BUG: Diagnostic contains: ChannelDeadlock
      sizes.send(thumbnail(first));
    });
    wg.go(() -> {
      // BUG: Diagnostic contains: ChannelDeadlock
      sizes.send(thumbnail(second));
    });
    wg.await();
    return sizes.recv() + sizes.recv();
  }

  private static int thumbnail(String image) {
    return image.length() * 16;
  }
}
