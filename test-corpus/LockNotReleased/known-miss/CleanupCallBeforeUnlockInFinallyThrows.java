// A finally block that runs cleanup code before unlock(): if that cleanup throws, the lock stays
// held. Real bug (here flush() does throw). Missed on purpose: calls in a finally block are taken
// as cleanup that does not fail, because flagging every call placed before unlock() in a finally
// would warn on a common and almost always harmless idiom (see
// common/ReviewCleanupCallBeforeUnlockInFinally, from the JDK's DelayQueue).
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

public class CleanupCallBeforeUnlockInFinallyThrows {
  private final ReentrantLock lock = new ReentrantLock();
  private final List<String> pending = new ArrayList<>();

  void append(String line) {
    // MISS: LockNotReleased
    lock.lock();
    try {
      pending.add(line);
    } finally {
      flush();
      lock.unlock();
    }
  }

  private void flush() {
    if (pending.size() > 100) {
      throw new IllegalStateException("journal full");
    }
  }
}
