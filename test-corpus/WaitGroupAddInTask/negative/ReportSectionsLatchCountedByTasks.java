// The correct version of ReportSectionTaskAddsTwoForItself with a CountDownLatch: the count of 2 is
// fixed when the latch is created, before the task starts; the task only counts down.
import dev.gosafe.Go;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

public class ReportSectionsLatchCountedByTasks {
  private final Map<String, String> sections = new ConcurrentHashMap<>();

  void render() throws InterruptedException {
    CountDownLatch halves = new CountDownLatch(2);
    Go.go(() -> {
      try {
        sections.put("summary", "...");
      } finally {
        halves.countDown();
      }
      try {
        sections.put("details", "...");
      } finally {
        halves.countDown();
      }
    });
    halves.await();
  }
}
