// A concurrency limiter built from a buffered channel, as in Go: sending takes a slot, receiving
// gives it back in finally; wg.go() runs the jobs and await() waits for them. Correct: each task
// returns its slot on every path.
import dev.gosafe.Chan;
import dev.gosafe.WaitGroup;
import java.util.List;

public class SemaphoreFromBufferedChannel {
  private final Chan<Boolean> slots = Chan.make(3);

  void runAll(List<Runnable> jobs) {
    WaitGroup wg = new WaitGroup();
    for (Runnable job : jobs) {
      wg.go(() -> {
        slots.send(true);
        try {
          job.run();
        } finally {
          slots.recv();
        }
      });
    }
    wg.await();
  }
}
