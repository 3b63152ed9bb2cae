// A job queue drained one job at a time; the loop breaks out when the queue is empty.
// At run time: the break leaves mu locked, so the next submit() blocks forever.
import dev.gosafe.Mutex;
import java.util.ArrayDeque;
import java.util.Deque;

public class QueueDrainBreakLeavesLockHeld {
  private final Mutex mu = new Mutex();
  private final Deque<Runnable> pending = new ArrayDeque<>();

  void drain() {
    while (true) {
      // BUG: Diagnostic contains: LockNotReleased
      mu.lock();
      if (pending.isEmpty()) {
        break;
      }
      Runnable job = pending.pollFirst();
      mu.unlock();
      job.run();
    }
  }

  void submit(Runnable job) {
    mu.lock();
    try {
      pending.addLast(job);
    } finally {
      mu.unlock();
    }
  }
}
