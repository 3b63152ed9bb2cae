// Cross-task close: the consumer closes the channel to tell the producer it has had enough, but
// only the sender should close; the producer's next send() throws.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class CrossConsumerClosesChannelProducerStillUses {
  int firstTwo() {
    Chan<Integer> numbers = Chan.make(1);
    Task producer = Go.go(() -> {
      numbers.send(1);
      numbers.send(2);
      // BUG: Diagnostic contains: ChannelCloseMisuse
      numbers.send(3);
    });
    int a = numbers.recv();
    int b = numbers.recv();
    numbers.close();
    producer.join();
    return a + b;
  }
}
