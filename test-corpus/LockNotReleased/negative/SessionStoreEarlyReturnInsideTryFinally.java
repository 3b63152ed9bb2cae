// The correct version of SessionStoreEarlyReturnWhileLocked: the early return is inside the try,
// so finally unlocks mu on that path too.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class SessionStoreEarlyReturnInsideTryFinally {
  private final Mutex mu = new Mutex();
  private final Map<String, Long> lastSeen = new HashMap<>();

  boolean touch(String sessionId, long now) {
    mu.lock();
    try {
      if (!lastSeen.containsKey(sessionId)) {
        return false;
      }
      lastSeen.put(sessionId, now);
      return true;
    } finally {
      mu.unlock();
    }
  }
}
