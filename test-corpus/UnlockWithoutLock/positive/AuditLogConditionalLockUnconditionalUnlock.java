// An audit log whose append() only locks when asked to be thread-safe but always unlocks.
// At run time: a call with concurrent == false unlocks a mutex it never locked and throws
// IllegalStateException (or, worse, releases another task's lock).
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class AuditLogConditionalLockUnconditionalUnlock {
  private final Mutex mu = new Mutex();
  private final List<String> entries = new ArrayList<>();

  void append(String entry, boolean concurrent) {
    if (concurrent) {
      mu.lock();
    }
    try {
      entries.add(entry);
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      mu.unlock();
    }
  }
}
