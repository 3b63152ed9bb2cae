// A worker pool: a fixed number of workers range over a jobs channel and send squares to a results
// channel; the caller closes jobs after the last job, waits for the workers, then closes results
// and sums them. Correct: every channel is closed by its only sender once all sends are done.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;

public class WorkerPoolOverChannels {
  static long sumOfSquares(List<Integer> numbers, int workers) {
    Chan<Integer> jobs = Chan.make(numbers.size());
    Chan<Integer> results = Chan.make(numbers.size());
    WaitGroup wg = new WaitGroup();
    wg.add(workers);
    for (int w = 0; w < workers; w++) {
      Go.go(() -> {
        try {
          for (Integer n : jobs) {
            results.send(n * n);
          }
        } finally {
          wg.done();
        }
      });
    }
    for (Integer n : numbers) {
      jobs.send(n);
    }
    jobs.close();
    wg.await();
    results.close();
    long sum = 0;
    for (Integer r : results) {
      sum += r;
    }
    return sum;
  }

  public static void main(String[] args) {
    System.out.println(sumOfSquares(List.of(1, 2, 3, 4), 2));
  }
}
