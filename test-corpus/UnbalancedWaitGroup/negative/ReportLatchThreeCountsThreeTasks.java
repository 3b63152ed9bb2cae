// The correct version of ReportLatchThreeCountsTwoTasks: three section tasks for a latch of 3,
// each counting down in finally.
import dev.gosafe.Go;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

public class ReportLatchThreeCountsThreeTasks {
  private final Map<String, String> sections = new ConcurrentHashMap<>();

  void build() throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(3);
    for (String name : new String[] {"sales", "costs", "forecast"}) {
      Go.go(() -> {
        try {
          sections.put(name, "...");
        } finally {
          ready.countDown();
        }
      });
    }
    ready.await();
  }
}
