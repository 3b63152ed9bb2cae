// The single sender closes the channel after its last value; the method ranges until the close.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class CrossSingleSenderClosesAfterLastSend {
  int collect() {
    Chan<Integer> values = Chan.make(4);
    Go.go(() -> {
      values.send(1);
      values.send(2);
      values.send(3);
      values.close();
    });
    int sum = 0;
    for (Integer v : values) {
      sum += v;
    }
    return sum;
  }
}
