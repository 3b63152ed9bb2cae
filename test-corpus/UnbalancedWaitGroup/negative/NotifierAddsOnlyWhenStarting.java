// The correct version of NotifierAddsButStartsOnlyWhenEnabled: add(1) sits inside the same branch
// that starts the delivery task.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class NotifierAddsOnlyWhenStarting {
  private final Set<String> disabled = ConcurrentHashMap.newKeySet();
  private final Set<String> delivered = ConcurrentHashMap.newKeySet();

  void notifyAllSubscribers(List<String> subscribers, String message) {
    WaitGroup wg = new WaitGroup();
    for (String s : subscribers) {
      if (!disabled.contains(s)) {
        wg.add(1);
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
