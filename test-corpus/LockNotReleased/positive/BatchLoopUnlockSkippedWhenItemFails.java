// A batch job that takes the ledger mutex for each record it applies.
// At run time: when apply() throws for one record, the loop is left with mu locked; the next
// batch (or any reader) blocks forever.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class BatchLoopUnlockSkippedWhenItemFails {
  private final Mutex mu = new Mutex();
  private final List<String> ledger = new ArrayList<>();

  void applyAll(List<String> records) {
    for (String r : records) {
      // BUG: Diagnostic contains: LockNotReleased
      mu.lock();
      apply(r);
      mu.unlock();
    }
  }

  private void apply(String record) {
    if (record.isBlank()) {
      throw new IllegalArgumentException("empty record");
    }
    ledger.add(record);
  }
}
