// A download manager whose abort path calls a helper that already unlocks, then unlocks again in
// finally.
// Real bug: on the abort path the mutex is unlocked twice (IllegalStateException). Missed on
// purpose: the analysis does not follow calls into other methods, and it does not assume that an
// arbitrary call releases a lock it was not given.
import dev.gosafe.Mutex;

public class CleanupHelperUnlocksThenFinallyUnlocksAgain {
  private final Mutex mu = new Mutex();
  private int active;

  void finish(boolean aborted) {
    mu.lock();
    try {
      if (aborted) {
        resetAndUnlock();
      } else {
        active--;
      }
    } finally {
      // MISS: UnlockWithoutLock
      mu.unlock();
    }
  }

  private void resetAndUnlock() {
    active = 0;
    mu.unlock();
  }
}
