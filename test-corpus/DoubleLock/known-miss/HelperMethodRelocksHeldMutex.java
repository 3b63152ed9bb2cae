// A metrics exporter whose export() holds the mutex and calls reset(), which locks it again.
// Real bug: reset() relocks a non-reentrant mutex held by the same task (DeadlockException).
// Missed on purpose: the lock rules look at one method at a time and do not follow the call.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class HelperMethodRelocksHeldMutex {
  private final Mutex mu = new Mutex();
  private final Map<String, Long> counters = new HashMap<>();

  Map<String, Long> export() {
    mu.lock();
    try {
      Map<String, Long> copy = Map.copyOf(counters);
      // MISS: DoubleLock
      reset();
      return copy;
    } finally {
      mu.unlock();
    }
  }

  private void reset() {
    mu.lock();
    try {
      counters.clear();
    } finally {
      mu.unlock();
    }
  }
}
