// A three-stage pipeline (generate, square, sum) in which every stage closes the channel it
// writes after its last value: the classic correct shape.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class SquaringPipelineEachStageClosesItsOutput {
  int sumOfSquares() {
    Chan<Integer> numbers = Chan.make();
    Chan<Integer> squares = Chan.make();
    Go.go(() -> {
      numbers.send(1);
      numbers.send(2);
      numbers.send(3);
      numbers.close();
    });
    Go.go(() -> {
      for (Integer n : numbers) {
        squares.send(n * n);
      }
      squares.close();
    });
    int sum = 0;
    for (Integer s : squares) {
      sum += s;
    }
    return sum;
  }
}
