// A notifier that adds 1 for every subscriber but starts a delivery task only for enabled ones.
// At run time: each disabled subscriber leaves the counter one too high; await() blocks forever.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class NotifierAddsButStartsOnlyWhenEnabled {
  private final Set<String> disabled = ConcurrentHashMap.newKeySet();
  private final Set<String> delivered = ConcurrentHashMap.newKeySet();

  void notifyAllSubscribers(List<String> subscribers, String message) {
    WaitGroup wg = new WaitGroup();
    for (String s : subscribers) {
      // BUG: Diagnostic contains: UnbalancedWaitGroup
      wg.add(1);
      if (!disabled.contains(s)) {
        Go.go(() -> {
          try {
            delivered.add(s + ":" + message);
          } finally {
            wg.done();
          }
        });
      }
    }
    wg.await();
  }
}
