// The correct version of WorkerTaskContextNotCancelledOnFailure: the task cancels its context in
// finally.
import dev.gosafe.Context;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class WorkerTaskCancelsInFinally {
  private volatile int completed;

  void runJob(Context parent, int input) {
    Task t = Go.go(() -> {
      var ctx = Context.withCancel(parent);
      try {
        completed += Math.floorDiv(100, input);
      } finally {
        ctx.cancel();
      }
    });
    t.join();
  }
}
