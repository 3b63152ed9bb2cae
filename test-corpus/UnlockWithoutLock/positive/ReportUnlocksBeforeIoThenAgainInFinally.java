// A report writer that releases the mutex early, before slow I/O, but also unlocks in finally.
// At run time: on the normal path the mutex is unlocked twice; the second unlock() throws
// IllegalStateException ("unlock of unlocked mutex").
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class ReportUnlocksBeforeIoThenAgainInFinally {
  private final Mutex mu = new Mutex();
  private final List<String> rows = new ArrayList<>();

  void writeReport() {
    mu.lock();
    try {
      List<String> snapshot = List.copyOf(rows);
      mu.unlock();
      System.out.println(String.join("\n", snapshot));
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      mu.unlock();
    }
  }
}
