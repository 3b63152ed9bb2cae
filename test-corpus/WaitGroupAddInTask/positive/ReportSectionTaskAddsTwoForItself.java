// A report generator whose section task calls wg.add(2) for its two halves and then finishes both
// halves itself.
// At run time: the caller's await() can run before the add(2) and return at once; the report is
// rendered without its sections.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class ReportSectionTaskAddsTwoForItself {
  private final Map<String, String> sections = new ConcurrentHashMap<>();

  void render() {
    WaitGroup wg = new WaitGroup();
    Go.go(() -> {
      // BUG: Diagnostic contains: WaitGroupAddInTask
      wg.add(2);
      try {
        sections.put("summary", "...");
      } finally {
        wg.done();
      }
      try {
        sections.put("details", "...");
      } finally {
        wg.done();
      }
    });
    wg.await();
  }
}
