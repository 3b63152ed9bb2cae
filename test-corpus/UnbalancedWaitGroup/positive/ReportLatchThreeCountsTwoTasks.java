// A report that waits on a CountDownLatch of 3 but starts only two section tasks.
// At run time: the latch stops at 1; await() blocks forever.
import dev.gosafe.Go;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

public class ReportLatchThreeCountsTwoTasks {
  private final Map<String, String> sections = new ConcurrentHashMap<>();

  void build() throws InterruptedException {
    // BUG: Diagnostic contains: UnbalancedWaitGroup
    CountDownLatch ready = new CountDownLatch(3);
    Go.go(() -> {
      try {
        sections.put("sales", "...");
      } finally {
        ready.countDown();
      }
    });
    Go.go(() -> {
      try {
        sections.put("costs", "...");
      } finally {
        ready.countDown();
      }
    });
    ready.await();
  }
}
