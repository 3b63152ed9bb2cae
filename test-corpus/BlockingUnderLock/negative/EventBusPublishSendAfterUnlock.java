// The correct version of EventBusPublishSendUnderLock: the history is updated under the mutex and
// the event is sent after unlocking, so a slow dispatcher only blocks the publisher itself.
import dev.gosafe.Chan;
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class EventBusPublishSendAfterUnlock {
  private final Mutex mu = new Mutex();
  private final List<String> history = new ArrayList<>();
  private final Chan<String> dispatch = Chan.make(64);

  void publish(String event) {
    mu.lock();
    try {
      history.add(event);
    } finally {
      mu.unlock();
    }
    dispatch.send(event);
  }
}
