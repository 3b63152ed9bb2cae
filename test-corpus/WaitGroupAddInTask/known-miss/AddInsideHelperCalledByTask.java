// A sync task that calls a helper which registers the work with wg.add(1).
// Real bug: the add runs inside the task and races with await(). Missed on purpose: the rule
// looks at the task body only and does not follow the call into register(); passing the
// WaitGroup to another method also ends its tracking.
import dev.gosafe.Go;
import dev.gosafe.Task;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicInteger;

public class AddInsideHelperCalledByTask {
  private final AtomicInteger synced = new AtomicInteger();

  void sync() {
    WaitGroup wg = new WaitGroup();
    Task t = Go.go(() -> {
      // MISS: WaitGroupAddInTask
      register(wg);
      try {
        synced.incrementAndGet();
      } finally {
        wg.done();
      }
    });
    wg.await();
    t.join();
  }

  private static void register(WaitGroup wg) {
    wg.add(1);
  }
}
