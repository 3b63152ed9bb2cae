// The fixed version of GoBench GoKer istio#16224: the publisher records the event under the lock
// and sends it after unlocking.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class EventBusPublishesOutsideLock {
  private int delivered;
  private int published;

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
      published++;
    } finally {
      mu.unlock();
    }
    events.send(event);
    drainer.join();
  }
}
