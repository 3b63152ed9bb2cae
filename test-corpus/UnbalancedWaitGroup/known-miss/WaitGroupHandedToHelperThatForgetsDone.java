// A log compactor that adds 1 and hands the WaitGroup to a helper that starts the task.
// Real bug: the helper's task never calls done(), so await() blocks forever. Missed on purpose:
// once the WaitGroup is passed to another method the analysis cannot count what that method does.
import dev.gosafe.Go;
import dev.gosafe.Task;
import dev.gosafe.WaitGroup;

public class WaitGroupHandedToHelperThatForgetsDone {
  private volatile int segments;

  void compact() {
    WaitGroup wg = new WaitGroup();
    // MISS: UnbalancedWaitGroup
    wg.add(1);
    Task compaction = startCompaction(wg);
    wg.await();
    compaction.join();
  }

  private Task startCompaction(WaitGroup wg) {
    return Go.go(() -> segments = segments / 2);
  }
}
