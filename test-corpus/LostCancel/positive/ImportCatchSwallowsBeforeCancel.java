// An importer that cancels its context at the end of the try block; the catch block logs the
// failure and carries on.
// At run time: every failed import leaves its context alive until the 10-second deadline.
import dev.gosafe.Context;
import java.time.Duration;

public class ImportCatchSwallowsBeforeCancel {
  private int failed;
  private long imported;

  void importRow(Context parent, String row) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withTimeout(parent, Duration.ofSeconds(10));
    try {
      imported += Long.parseLong(row);
      ctx.cancel();
    } catch (NumberFormatException e) {
      failed++;
    }
  }
}
