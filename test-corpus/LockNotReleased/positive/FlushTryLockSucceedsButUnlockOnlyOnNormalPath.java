// A log buffer that flushes only when no other flush is running (tryLock), but unlocks only after
// a successful write.
// At run time: an exception from write() leaves mu locked, so every later flush is skipped and
// append() blocks forever.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;

public class FlushTryLockSucceedsButUnlockOnlyOnNormalPath {
  private final Mutex mu = new Mutex();
  private final List<String> buffer = new ArrayList<>();

  void flush() {
    // BUG: Diagnostic contains: LockNotReleased
    if (!mu.tryLock()) {
      return;
    }
    write(List.copyOf(buffer));
    buffer.clear();
    mu.unlock();
  }

  void append(String line) {
    mu.lock();
    try {
      buffer.add(line);
    } finally {
      mu.unlock();
    }
  }

  private void write(List<String> lines) {
    System.out.println(String.join("\n", lines));
  }
}
