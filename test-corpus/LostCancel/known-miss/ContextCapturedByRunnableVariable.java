// A prefetcher that captures its context in a Runnable stored in a variable, runs it, and never
// cancels the context.
// Real bug: the context stays registered with its parent. Missed on purpose: a lambda that is not
// written at a known task-start call is an unknown user of the context, which may cancel it.
import dev.gosafe.Context;
import java.util.ArrayList;
import java.util.List;

public class ContextCapturedByRunnableVariable {
  private final List<String> prefetched = new ArrayList<>();

  void prefetch(Context parent, List<String> keys) {
    // MISS: LostCancel
    var ctx = Context.withCancel(parent);
    Runnable load = () -> {
      for (String k : keys) {
        if (ctx.err() != null) {
          return;
        }
        prefetched.add(k);
      }
    };
    load.run();
  }
}
