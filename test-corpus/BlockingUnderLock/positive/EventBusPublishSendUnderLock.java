// An event bus that records each event in its history and sends it to the dispatcher channel
// while holding the mutex.
// At run time: when the dispatcher falls behind and the buffer is full, send() blocks with mu held
// and every other publisher and history() reader stalls behind it.
import dev.gosafe.Chan;
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class EventBusPublishSendUnderLock {
  private final Mutex mu = new Mutex();
  private final List<String> history = new ArrayList<>();
  private final Chan<String> dispatch = Chan.make(64);

  void publish(String event) {
    mu.lock();
    try {
      history.add(event);
      // BUG: Diagnostic contains: BlockingUnderLock
      dispatch.send(event);
    } finally {
      mu.unlock();
    }
  }

  List<String> history() {
    mu.lock();
    try {
      return List.copyOf(history);
    } finally {
      mu.unlock();
    }
  }
}
