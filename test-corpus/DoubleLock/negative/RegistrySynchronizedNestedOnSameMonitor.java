// A service registry with nested synchronized blocks on the same monitor: Java monitors are
// reentrant, so the inner block enters immediately.
import java.util.HashMap;
import java.util.Map;

public class RegistrySynchronizedNestedOnSameMonitor {
  private final Object lock = new Object();
  private final Map<String, String> endpoints = new HashMap<>();
  private int changes;

  void register(String name, String url) {
    synchronized (lock) {
      endpoints.put(name, url);
      synchronized (lock) {
        changes++;
      }
    }
  }
}
