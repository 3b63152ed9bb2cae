// A log shipper task that registers each batch it ships with wg.add(1) from inside the task.
// At run time: the caller's await() may run before the first add(), see zero and return while
// batches are still being shipped.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public class LogShipperAddPerBatchInsideTask {
  private final AtomicInteger shipped = new AtomicInteger();

  void ship(List<List<String>> batches) {
    WaitGroup wg = new WaitGroup();
    Go.go(() -> {
      for (List<String> batch : batches) {
        // BUG: Diagnostic contains: WaitGroupAddInTask
        wg.add(1);
        try {
          shipped.addAndGet(batch.size());
        } finally {
          wg.done();
        }
      }
    });
    wg.await();
  }
}
