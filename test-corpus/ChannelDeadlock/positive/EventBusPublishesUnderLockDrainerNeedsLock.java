// Pattern after GoBench GoKer istio#16224: a publisher holds the bus mutex while sending an event;
// the goroutine that would drain the channel must take the same mutex first.
// At run time: publish() waits for a receiver while holding mu, the drainer waits for mu.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class EventBusPublishesUnderLockDrainerNeedsLock {
  private int delivered;

  void publish(String event) {
    Mutex mu = new Mutex();
    Chan<String> events = Chan.make();
    Task drainer = Go.go(() -> {
      mu.lock();
      try {
        delivered++;
      } finally {
        mu.unlock();
      }
      events.recv();
    });
    mu.lock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      // BUG: Diagnostic contains: ChannelDeadlock
      events.send(event);
    } finally {
      mu.unlock();
    }
    drainer.join();
  }
}
