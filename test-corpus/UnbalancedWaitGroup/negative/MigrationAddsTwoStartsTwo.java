// The correct version of MigrationAddsTwoStartsOne: two distinct step tasks for add(2), each
// calling done() in finally.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicInteger;

public class MigrationAddsTwoStartsTwo {
  private final AtomicInteger copiedTables = new AtomicInteger();
  private final AtomicInteger verifiedTables = new AtomicInteger();

  void migrate() {
    WaitGroup wg = new WaitGroup();
    wg.add(2);
    Go.go(() -> {
      try {
        copiedTables.incrementAndGet();
      } finally {
        wg.done();
      }
    });
    Go.go(() -> {
      try {
        verifiedTables.incrementAndGet();
      } finally {
        wg.done();
      }
    });
    wg.await();
  }
}
