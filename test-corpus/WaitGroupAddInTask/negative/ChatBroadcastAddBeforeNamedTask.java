// The correct version of ChatBroadcastAddInsideNamedTask: add(1) before each named task starts.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class ChatBroadcastAddBeforeNamedTask {
  private final Set<String> notified = ConcurrentHashMap.newKeySet();

  void broadcast(List<String> rooms, String message) {
    WaitGroup wg = new WaitGroup();
    for (String room : rooms) {
      wg.add(1);
      Go.go("broadcast-" + room, () -> {
        try {
          notified.add(room + ":" + message);
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
  }
}
