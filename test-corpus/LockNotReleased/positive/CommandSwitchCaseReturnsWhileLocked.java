// A key-value command handler: one switch case returns without unlocking the store mutex.
// At run time: after a "quit" command mu stays locked and every other client blocks forever.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class CommandSwitchCaseReturnsWhileLocked {
  private final Mutex mu = new Mutex();
  private final Map<String, String> store = new HashMap<>();

  String handle(String cmd, String key) {
    // BUG: Diagnostic contains: LockNotReleased
    mu.lock();
    switch (cmd) {
      case "get" -> {
        String v = store.get(key);
        mu.unlock();
        return v;
      }
      case "quit" -> {
        return "bye";
      }
      default -> {
        mu.unlock();
        return "unknown command";
      }
    }
  }
}
