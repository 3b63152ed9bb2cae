// A shard rebuild that adds n but loops with i <= n, starting n + 1 tasks.
// Real bug: one done() too many drives the counter negative (IllegalStateException). Missed on
// purpose: the front ends only count loops of the shapes i < n and for-each; any other bound is
// an unknown count, and the counter rules stay silent on unknown counts.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicInteger;

public class OffByOneLoopBoundIsUnknownCount {
  private final AtomicInteger rebuilt = new AtomicInteger();

  void rebuild(int n) {
    WaitGroup wg = new WaitGroup();
    wg.add(n);
    for (int i = 0; i <= n; i++) {
      Go.go(() -> {
        try {
          rebuilt.incrementAndGet();
        } finally {
          // MISS: UnbalancedWaitGroup
          wg.done();
        }
      });
    }
    wg.await();
  }
}
