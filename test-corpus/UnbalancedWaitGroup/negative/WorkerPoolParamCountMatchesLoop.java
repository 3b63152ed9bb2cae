// A worker pool that adds n, the number of workers passed in, and starts exactly n workers in a
// loop bounded by the same n.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicInteger;

public class WorkerPoolParamCountMatchesLoop {
  private final AtomicInteger ticks = new AtomicInteger();

  void run(int n) {
    WaitGroup wg = new WaitGroup();
    wg.add(n);
    for (int i = 0; i < n; i++) {
      Go.go(() -> {
        try {
          ticks.incrementAndGet();
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
  }
}
