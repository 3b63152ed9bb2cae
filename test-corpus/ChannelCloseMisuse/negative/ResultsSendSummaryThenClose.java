// The correct version of ResultsSendSummaryAfterClose: the summary is sent before the channel is
// closed.
import dev.gosafe.SendChan;
import java.util.List;

public class ResultsSendSummaryThenClose {
  void report(List<String> outcomes, SendChan<String> results) {
    int failed = 0;
    for (String o : outcomes) {
      if (o.startsWith("FAIL")) {
        failed++;
      }
      results.send(o);
    }
    results.send("summary: " + failed + " failed");
    results.close();
  }
}
