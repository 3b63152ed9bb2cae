// An audit job that runs under Context.background(): the background context is never cancelled and
// has nothing to release, so there is no cancel to lose.
import dev.gosafe.Context;
import java.util.List;

public class AuditBackgroundContextNeedsNoCancel {
  private int audited;

  void audit(List<String> records) {
    Context ctx = Context.background();
    for (String r : records) {
      if (ctx.err() != null) {
        return;
      }
      audited += r.length();
    }
  }
}
