// The correct version of FlushTryLockSucceedsButUnlockOnlyOnNormalPath: when tryLock() fails the
// flush is skipped without unlocking; when it succeeds, finally unlocks.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class FlushTryLockHonouredOnBothBranches {
  private final Mutex mu = new Mutex();
  private final List<String> buffer = new ArrayList<>();
  private int skipped;

  void flush() {
    if (mu.tryLock()) {
      try {
        write(List.copyOf(buffer));
        buffer.clear();
      } finally {
        mu.unlock();
      }
    } else {
      skipped++;
    }
  }

  private void write(List<String> lines) {
    System.out.println(String.join("\n", lines));
  }
}
