// The correct version of PollerCancelOnlyInIfBranch: both outcomes leave through finally, which
// cancels the context.
import dev.gosafe.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class PollerCancelsOnEveryBranchViaFinally {
  private final Map<String, String> states = new ConcurrentHashMap<>();

  boolean poll(Context parent, String jobId) {
    var ctx = Context.withCancel(parent);
    try {
      return states.getOrDefault(jobId, "running").equals("finished");
    } finally {
      ctx.cancel();
    }
  }
}
