// The correct version of QueueDrainBreakLeavesLockHeld: the job is taken inside try/finally and
// the loop ends after the mutex is released.
import dev.gosafe.Mutex;
import java.util.ArrayDeque;
import java.util.Deque;

public class QueueDrainUnlockBeforeBreak {
  private final Mutex mu = new Mutex();
  private final Deque<Runnable> pending = new ArrayDeque<>();

  void drain() {
    while (true) {
      Runnable job;
      mu.lock();
      try {
        job = pending.pollFirst();
      } finally {
        mu.unlock();
      }
      if (job == null) {
        break;
      }
      job.run();
    }
  }
}
