// The correct version of ReportUnlocksBeforeIoThenAgainInFinally: the snapshot is taken in its own
// lock/try/finally, and the slow I/O runs after it, without a second unlock.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class ReportSnapshotUnderLockThenIoOutside {
  private final Mutex mu = new Mutex();
  private final List<String> rows = new ArrayList<>();

  void writeReport() {
    List<String> snapshot;
    mu.lock();
    try {
      snapshot = List.copyOf(rows);
    } finally {
      mu.unlock();
    }
    System.out.println(String.join("\n", snapshot));
  }
}
