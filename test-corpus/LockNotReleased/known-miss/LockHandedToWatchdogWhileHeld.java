// A scheduler that registers its held lock with a watchdog before running the tick.
// Real bug: if tick() throws, mu stays locked. Missed on purpose: once the lock is passed to an
// unknown method (watchdog.watch), that method might release it, so the analysis stops tracking it.
import dev.gosafe.Mutex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;

public class LockHandedToWatchdogWhileHeld {
  static final class Watchdog {
    private final List<Lock> watched = new ArrayList<>();

    void watch(Lock lock) {
      watched.add(lock);
    }
  }

  private final Mutex mu = new Mutex();
  private final Watchdog watchdog = new Watchdog();

  void runTick(Runnable tick) {
    // MISS: LockNotReleased
    mu.lock();
    watchdog.watch(mu);
    tick.run();
    mu.unlock();
  }
}
