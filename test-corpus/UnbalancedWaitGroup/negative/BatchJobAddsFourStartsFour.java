// The correct version of BatchJobAddsFourStartsThree: the constant added matches the loop bound.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicLong;

public class BatchJobAddsFourStartsFour {
  private final AtomicLong processed = new AtomicLong();

  void runNightly() {
    WaitGroup wg = new WaitGroup();
    wg.add(4);
    for (int partition = 0; partition < 4; partition++) {
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
