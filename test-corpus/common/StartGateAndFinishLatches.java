// A benchmark harness: workers wait on a start latch so they begin together, and count a finish
// latch down in finally; the executor is closed by try-with-resources. Correct: the finish latch
// count equals the number of tasks started, and each counts down on every path.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

public class StartGateAndFinishLatches {
  static long run(int workers) throws InterruptedException {
    AtomicLong ops = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(workers);
    try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
      for (int i = 0; i < workers; i++) {
        pool.execute(() -> {
          try {
            start.await();
            ops.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            finish.countDown();
          }
        });
      }
      start.countDown();
      finish.await();
    }
    return ops.get();
  }
}
