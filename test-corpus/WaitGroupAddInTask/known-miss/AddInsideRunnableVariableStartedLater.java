// A thumbnail job defined as a Runnable variable and started later; the job calls wg.add(1) itself.
// Real bug: await() can return before the job has registered. Missed on purpose: when a task is
// started from a variable rather than a lambda written at the start call, its body is not visible
// to the analysis.
import dev.gosafe.Go;
import dev.gosafe.Task;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicInteger;

public class AddInsideRunnableVariableStartedLater {
  private final AtomicInteger thumbnails = new AtomicInteger();

  void generate() {
    WaitGroup wg = new WaitGroup();
    Runnable job = () -> {
      // MISS: WaitGroupAddInTask
      wg.add(1);
      try {
        thumbnails.incrementAndGet();
      } finally {
        wg.done();
      }
    };
    Task t = Go.go(job);
    wg.await();
    t.join();
  }
}
