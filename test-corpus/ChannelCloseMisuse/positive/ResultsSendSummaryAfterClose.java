// A test runner that closes its results channel and then sends the summary line.
// At run time: send() on a closed channel throws ClosedChannelException; the summary is lost and
// the runner fails.
import dev.gosafe.SendChan;
import java.util.List;

public class ResultsSendSummaryAfterClose {
  void report(List<String> outcomes, SendChan<String> results) {
    int failed = 0;
    for (String o : outcomes) {
      if (o.startsWith("FAIL")) {
        failed++;
      }
      results.send(o);
    }
    results.close();
    // BUG: Diagnostic contains: ChannelCloseMisuse
    results.send("summary: " + failed + " failed");
  }
}
