// A scheduler that guards its queue with try-with-resources on mu.locked() and then unlocks again
// by hand after the block.
// At run time: the handle already unlocked mu when the block ended, so the extra unlock() throws
// IllegalStateException.
import dev.gosafe.Mutex;
import java.util.ArrayDeque;
import java.util.Deque;

public class SchedulerLockedHandleThenManualUnlock {
  private final Mutex mu = new Mutex();
  private final Deque<Runnable> queue = new ArrayDeque<>();

  void schedule(Runnable job) {
    try (var held = mu.locked()) {
      queue.addLast(job);
    }
    // BUG: Diagnostic contains: UnlockWithoutLock
    mu.unlock();
  }
}
