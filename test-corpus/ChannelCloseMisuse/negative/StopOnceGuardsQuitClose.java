// A server whose shutdown closes the quit channel through a Once from two places (the normal
// stop and the forced stop after the flush); Once runs the close only the first time.
import dev.gosafe.Chan;
import dev.gosafe.Once;
import java.util.ArrayList;
import java.util.List;

public class StopOnceGuardsQuitClose {
  private final Chan<Void> quit = Chan.make();
  private final Once stopOnce = new Once();
  private final List<String> pending = new ArrayList<>();

  void shutdown(boolean force) {
    if (force) {
      stopOnce.run(() -> quit.close());
    }
    pending.clear();
    stopOnce.run(() -> quit.close());
  }
}
