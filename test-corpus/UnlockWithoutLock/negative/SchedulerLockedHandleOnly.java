// The correct version of SchedulerLockedHandleThenManualUnlock: the locked() handle alone
// releases the mutex when the block ends.
import dev.gosafe.Mutex;
import java.util.ArrayDeque;
import java.util.Deque;

public class SchedulerLockedHandleOnly {
  private final Mutex mu = new Mutex();
  private final Deque<Runnable> queue = new ArrayDeque<>();

  void schedule(Runnable job) {
    try (var held = mu.locked()) {
      queue.addLast(job);
    }
  }

  Runnable next() {
    try (var held = mu.locked()) {
      return queue.pollFirst();
    }
  }
}
