// A load test with a start gate: every runner waits on a CountDownLatch of 1 that the caller counts
// down once all runners are started; the runners are then joined.
import dev.gosafe.Go;
import dev.gosafe.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

public class RaceStartGateLatchCountedDownByMain {
  private final AtomicLong requests = new AtomicLong();

  void run(int runners) throws InterruptedException {
    CountDownLatch gate = new CountDownLatch(1);
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < runners; i++) {
      tasks.add(Go.go(() -> {
        try {
          gate.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        requests.incrementAndGet();
      }));
    }
    gate.countDown();
    for (Task t : tasks) {
      t.join();
    }
  }
}
