// A notifier that calls a helper while holding its mutex; the helper sends on a channel.
// Real bug: the send can block with mu held. Missed on purpose: the rule looks at one method at a
// time and does not follow calls into other methods.
import dev.gosafe.Chan;
import dev.gosafe.Mutex;

public class BlockingSendInsideHelperCalledUnderLock {
  private final Mutex mu = new Mutex();
  private final Chan<String> outbound = Chan.make(8);
  private int notified;

  void broadcast(String message) {
    mu.lock();
    try {
      notified++;
      // MISS: BlockingUnderLock
      deliver(message);
    } finally {
      mu.unlock();
    }
  }

  private void deliver(String message) {
    outbound.send(message);
  }
}
