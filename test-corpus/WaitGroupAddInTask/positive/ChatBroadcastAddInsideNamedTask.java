// A chat server that broadcasts to each room from a named task; the task calls wg.add(1) itself.
// At run time: await() can return before the rooms are notified, so the "delivered" receipt is
// sent too early.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class ChatBroadcastAddInsideNamedTask {
  private final Set<String> notified = ConcurrentHashMap.newKeySet();

  void broadcast(List<String> rooms, String message) {
    WaitGroup wg = new WaitGroup();
    for (String room : rooms) {
      Go.go("broadcast-" + room, () -> {
        // BUG: Diagnostic contains: WaitGroupAddInTask
        wg.add(1);
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
