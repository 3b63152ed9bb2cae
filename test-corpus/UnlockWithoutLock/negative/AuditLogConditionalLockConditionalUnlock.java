// The correct version of AuditLogConditionalLockUnconditionalUnlock: the same parameter decides
// both the lock and the unlock, so the mutex is released exactly when it was taken.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class AuditLogConditionalLockConditionalUnlock {
  private final Mutex mu = new Mutex();
  private final List<String> entries = new ArrayList<>();

  void append(String entry, boolean concurrent) {
    if (concurrent) {
      mu.lock();
    }
    try {
      entries.add(entry);
    } finally {
      if (concurrent) {
        mu.unlock();
      }
    }
  }
}
