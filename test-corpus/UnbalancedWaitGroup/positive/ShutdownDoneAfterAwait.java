// A server shutdown that waits for the flusher task and then calls done() once more "to be safe".
// At run time: the counter is already zero after await(); the extra done() throws
// IllegalStateException ("gosafe: negative WaitGroup counter") during shutdown.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicBoolean;

public class ShutdownDoneAfterAwait {
  private final AtomicBoolean flushed = new AtomicBoolean();

  void shutdown() {
    WaitGroup wg = new WaitGroup();
    wg.add(1);
    Go.go(() -> {
      try {
        flushed.set(true);
      } finally {
        wg.done();
      }
    });
    wg.await();
    // BUG: Diagnostic contains: UnbalancedWaitGroup
    wg.done();
  }
}
