// The correct version of CommandSwitchCaseReturnsWhileLocked: the whole switch runs inside
// try/finally, so every case, including "quit", releases the mutex.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class CommandSwitchInsideTryFinally {
  private final Mutex mu = new Mutex();
  private final Map<String, String> store = new HashMap<>();

  String handle(String cmd, String key) {
    mu.lock();
    try {
      switch (cmd) {
        case "get" -> {
          return store.get(key);
        }
        case "quit" -> {
          return "bye";
        }
        default -> {
          return "unknown command";
        }
      }
    } finally {
      mu.unlock();
    }
  }
}
