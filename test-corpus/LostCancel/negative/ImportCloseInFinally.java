// The correct version of ImportCatchSwallowsBeforeCancel: close() (the same as cancel()) runs in
// finally, after the catch block has counted the failure.
import dev.gosafe.Context;
import java.time.Duration;

public class ImportCloseInFinally {
  private int failed;
  private long imported;

  void importRow(Context parent, String row) {
    var ctx = Context.withTimeout(parent, Duration.ofSeconds(10));
    try {
      imported += Long.parseLong(row);
    } catch (NumberFormatException e) {
      failed++;
    } finally {
      ctx.close();
    }
  }
}
