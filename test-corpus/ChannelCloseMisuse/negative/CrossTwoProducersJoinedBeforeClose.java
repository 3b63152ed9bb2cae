// Two producers share a channel; the method joins both before closing it and then drains it.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class CrossTwoProducersJoinedBeforeClose {
  int collect() {
    Chan<Integer> values = Chan.make(3);
    Task first = Go.go(() -> {
      values.send(1);
      values.send(2);
    });
    Task second = Go.go(() -> values.send(3));
    first.join();
    second.join();
    values.close();
    int sum = 0;
    for (Integer v : values) {
      sum += v;
    }
    return sum;
  }
}
