// Parallel checksums on a virtual-thread executor: futures are collected and read with get(), and
// try-with-resources closes (shuts down and awaits) the executor. Correct: nothing outlives the
// method.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class ExecutorSubmitAndGetInTryWithResources {
  static long checksum(List<String> blocks) throws InterruptedException, ExecutionException {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Integer>> parts = new ArrayList<>();
      for (String b : blocks) {
        parts.add(pool.submit(() -> b.hashCode()));
      }
      long sum = 0;
      for (Future<Integer> f : parts) {
        sum += f.get();
      }
      return sum;
    }
  }
}
