// A producer/consumer pair over an ArrayBlockingQueue: the consumer thread takes until it sees the
// poison pill; the producer puts every item and then the pill, and joins the consumer. Correct:
// every put has a taker and the consumer always ends.
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

public class ProducerConsumerBlockingQueueWithPoisonPill {
  private static final String POISON = "\u0000end";

  static Set<String> consumeAll(List<String> items) throws InterruptedException {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(16);
    Thread consumer = new Thread(() -> {
      try {
        while (true) {
          String s = queue.take();
          if (s.equals(POISON)) {
            return;
          }
          seen.add(s);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    consumer.start();
    for (String s : items) {
      queue.put(s);
    }
    queue.put(POISON);
    consumer.join();
    return seen;
  }
}
