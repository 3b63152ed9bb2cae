// A status poller that cancels its context only when the job finished; the "still running" path
// forgets it.
// At run time: every poll of a running job leaves a live context attached to the parent.
import dev.gosafe.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class PollerCancelOnlyInIfBranch {
  private final Map<String, String> states = new ConcurrentHashMap<>();

  boolean poll(Context parent, String jobId) {
    // BUG: Diagnostic contains: LostCancel
    var ctx = Context.withCancel(parent);
    String state = states.getOrDefault(jobId, "running");
    if (state.equals("finished")) {
      ctx.cancel();
      return true;
    }
    return false;
  }
}
