// Pattern after GoBench GoKer kubernetes#26980: one goroutine holds a mutex while it waits on a
// channel; the goroutine that would send on that channel first blocks acquiring the same mutex.
// At run time: the consumer holds mu and waits in updates.recv(), the producer waits for mu.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class ReceiverHoldsLockProducerNeedsItToSend {
  private int applied;
  private int produced;

  void applyNext() {
    Mutex mu = new Mutex();
    Chan<Integer> updates = Chan.make();
    Task producer = Go.go(() -> {
      mu.lock();
      try {
        produced++;
      } finally {
        mu.unlock();
      }
      updates.send(produced);
    });
    mu.lock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      // BUG: Diagnostic contains: ChannelDeadlock
      applied += updates.recv();
    } finally {
      mu.unlock();
    }
    producer.join();
  }
}
