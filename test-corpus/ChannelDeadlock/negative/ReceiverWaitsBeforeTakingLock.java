// The correct version of ReceiverHoldsLockProducerNeedsItToSend: the consumer receives the update
// first and takes the mutex only to apply it.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class ReceiverWaitsBeforeTakingLock {
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
    int next = updates.recv();
    mu.lock();
    try {
      applied += next;
    } finally {
      mu.unlock();
    }
    producer.join();
  }
}
