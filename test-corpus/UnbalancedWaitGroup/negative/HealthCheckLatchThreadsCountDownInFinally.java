// The correct version of HealthCheckLatchThreadReturnsEarly: the early return sits inside the try,
// so both probe threads count the latch down on every path.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

public class HealthCheckLatchThreadsCountDownInFinally {
  private final Map<String, Boolean> status = new ConcurrentHashMap<>();
  private volatile boolean databaseEnabled;

  void check() throws InterruptedException {
    CountDownLatch probes = new CountDownLatch(2);
    Thread db = new Thread(() -> {
      try {
        if (!databaseEnabled) {
          return;
        }
        status.put("db", true);
      } finally {
        probes.countDown();
      }
    });
    Thread disk = new Thread(() -> {
      try {
        status.put("disk", true);
      } finally {
        probes.countDown();
      }
    });
    db.start();
    disk.start();
    probes.await();
    db.join();
    disk.join();
  }
}
