package dev.gosafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gosafe.Chan;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

// The example of docs/diagnostics.md, compiled and run here; DocsExampleTest keeps them equal.
// docs:start
@CheckTaskLeaks(graceMillis = 200, ignore = "metrics-.*")
class PipelineTest {
  @Test
  void everyWorkerEndsWithTheTest() {
    Chan<Integer> jobs = Chan.make();
    AtomicInteger sum = new AtomicInteger();
    WaitGroup wg = new WaitGroup();
    for (int w = 0; w < 4; w++) {
      wg.go(
          () -> {
            for (Integer j : jobs) {
              sum.addAndGet(j);
            }
          });
    }
    for (int j = 1; j <= 100; j++) {
      jobs.send(j);
    }
    jobs.close(); // without this the workers never end: the test fails with rule LeakedTask
    wg.await();
    assertEquals(5050, sum.get());
  }
}
// docs:end
