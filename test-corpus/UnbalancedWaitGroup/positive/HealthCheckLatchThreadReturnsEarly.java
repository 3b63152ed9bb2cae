// A health check that starts two probe threads on a CountDownLatch of 2; the database probe
// returns early when the database is disabled, without counting down.
// At run time: with the database disabled the latch stays at 1 and await() blocks forever.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

public class HealthCheckLatchThreadReturnsEarly {
  private final Map<String, Boolean> status = new ConcurrentHashMap<>();
  private volatile boolean databaseEnabled;

  void check() throws InterruptedException {
    // BUG: Diagnostic contains: UnbalancedWaitGroup
    CountDownLatch probes = new CountDownLatch(2);
    Thread db = new Thread(() -> {
      if (!databaseEnabled) {
        return;
      }
      try {
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
