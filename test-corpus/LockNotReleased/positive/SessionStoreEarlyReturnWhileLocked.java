// A session store that returns early from touch() when the session is unknown, with mu still locked.
// At run time: the first touch() of an unknown id leaves mu locked; every later call blocks forever.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class SessionStoreEarlyReturnWhileLocked {
  private final Mutex mu = new Mutex();
  private final Map<String, Long> lastSeen = new HashMap<>();

  boolean touch(String sessionId, long now) {
    // BUG: Diagnostic contains: LockNotReleased
    mu.lock();
    if (!lastSeen.containsKey(sessionId)) {
      return false;
    }
    lastSeen.put(sessionId, now);
    mu.unlock();
    return true;
  }
}
