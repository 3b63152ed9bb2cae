// A nightly batch job that adds 4 to the WaitGroup but starts only 3 partition workers (the
// fourth partition was removed).
// At run time: only 3 done() calls ever happen; await() blocks forever.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicLong;

public class BatchJobAddsFourStartsThree {
  private final AtomicLong processed = new AtomicLong();

  void runNightly() {
    WaitGroup wg = new WaitGroup();
    // BUG: Diagnostic contains: UnbalancedWaitGroup
    wg.add(4);
    for (int partition = 0; partition < 3; partition++) {
      int p = partition;
      Go.go(() -> {
        try {
          processed.addAndGet(p * 1000L);
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
  }
}
