// A report builder that checks ctx.err() between sections and returns the partial report when
// the deadline passed, skipping cancel().
// At run time: with a withTimeout context the timer is released only when it fires; with a parent
// that lives long, the child stays registered with it.
import dev.gosafe.Context;
import java.time.Duration;
import java.util.List;

public class ReportDeadlineCheckReturnsEarly {
  String build(Context parent, List<String> sections) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withTimeout(parent, Duration.ofSeconds(5));
    StringBuilder report = new StringBuilder();
    for (String s : sections) {
      if (ctx.err() != null) {
        return report.toString();
      }
      report.append(s).append('\n');
    }
    ctx.cancel();
    return report.toString();
  }
}
