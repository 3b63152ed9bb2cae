// Cross-task close: two producers share a channel and the first one closes it after its own
// values, without waiting for the second.
// At run time: the second producer's send() can run after the close and throws.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class CrossProducerClosesWhileOtherProducerSends {
  int collect() {
    Chan<Integer> values = Chan.make(4);
    Go.go(() -> {
      values.send(1);
      values.send(2);
      values.close();
    });
    Go.go(() -> {
      // BUG: Diagnostic contains: ChannelCloseMisuse
      values.send(3);
    });
    int sum = 0;
    for (Integer v : values) {
      sum += v;
    }
    return sum;
  }
}
