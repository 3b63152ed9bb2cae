// A three-stage pipeline over unbuffered channels: a generator, a squaring stage and the caller
// summing the results. Each stage closes its output in finally; the caller joins both stages.
// Correct: every send has a receiving stage and every range ends when its input is closed.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class ThreeStagePipeline {
  static long run(int n) {
    Chan<Integer> numbers = Chan.make();
    Chan<Integer> squares = Chan.make();
    Task generator = Go.go(() -> {
      try {
        for (int i = 1; i <= n; i++) {
          numbers.send(i);
        }
      } finally {
        numbers.close();
      }
    });
    Task squarer = Go.go(() -> {
      try {
        for (Integer x : numbers) {
          squares.send(x * x);
        }
      } finally {
        squares.close();
      }
    });
    long sum = 0;
    for (Integer s : squares) {
      sum += s;
    }
    generator.join();
    squarer.join();
    return sum;
  }

  public static void main(String[] args) {
    System.out.println(run(10));
  }
}
