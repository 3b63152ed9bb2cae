// A schema migration that adds 2 to the WaitGroup for the "copy" and "verify" steps, but the
// verify task was folded into copy and is no longer started.
// At run time: one done() for a count of 2; await() blocks forever.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicInteger;

public class MigrationAddsTwoStartsOne {
  private final AtomicInteger copiedTables = new AtomicInteger();

  void migrate() {
    WaitGroup wg = new WaitGroup();
    // BUG: Diagnostic contains: UnbalancedWaitGroup
    wg.add(2);
    Go.go(() -> {
      try {
        copiedTables.incrementAndGet();
      } finally {
        wg.done();
      }
    });
    wg.await();
  }
}
