// The correct version of BatchLoopUnlockSkippedWhenItemFails: each iteration locks before the try
// and unlocks in finally, so a failing record releases the mutex before the exception leaves.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class BatchLoopLockPerItemWithFinally {
  private final Mutex mu = new Mutex();
  private final List<String> ledger = new ArrayList<>();

  void applyAll(List<String> records) {
    for (String r : records) {
      mu.lock();
      try {
        apply(r);
      } finally {
        mu.unlock();
      }
    }
  }

  private void apply(String record) {
    if (record.isBlank()) {
      throw new IllegalArgumentException("empty record");
    }
    ledger.add(record);
  }
}
