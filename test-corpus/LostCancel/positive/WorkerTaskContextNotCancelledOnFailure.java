// A worker task that creates a cancellable context for its job and cancels it after the job, not
// in finally.
// At run time: when the job throws, the task ends without cancelling; the context stays attached to
// its parent.
import dev.gosafe.Context;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class WorkerTaskContextNotCancelledOnFailure {
  private volatile int completed;

  void runJob(Context parent, int input) {
    Task t = Go.go(() -> {
      // BUG: Diagnostic contains: LostCancel
      var ctx = Context.withCancel(parent);
      completed += Math.floorDiv(100, input);
      ctx.cancel();
    });
    t.join();
  }
}
