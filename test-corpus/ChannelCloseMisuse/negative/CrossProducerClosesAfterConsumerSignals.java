// The correct version of CrossConsumerClosesChannelProducerStillUses: the consumer signals on a
// separate stop channel and the producer, the only sender, closes its own channel.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class CrossProducerClosesAfterConsumerSignals {
  int firstTwo() {
    Chan<Integer> numbers = Chan.make(2);
    Chan<Boolean> stop = Chan.make();
    Task producer = Go.go(() -> {
      numbers.send(1);
      numbers.send(2);
      stop.recv();
      numbers.close();
    });
    int a = numbers.recv();
    int b = numbers.recv();
    stop.close();
    producer.join();
    return a + b;
  }
}
