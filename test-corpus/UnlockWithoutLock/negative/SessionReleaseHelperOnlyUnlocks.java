// A session lease whose acquire() and release() run in different methods on purpose, declared
// with the Checker Framework's @EnsuresLockHeld/@MayReleaseLocks: the lock-pairing rules leave
// such methods alone, and callers pair them in try/finally.
import dev.gosafe.Mutex;
import org.checkerframework.checker.lock.qual.EnsuresLockHeld;
import org.checkerframework.checker.lock.qual.MayReleaseLocks;

public class SessionReleaseHelperOnlyUnlocks {
  private final Mutex mu = new Mutex();
  private int leases;

  @EnsuresLockHeld("mu")
  void acquire() {
    mu.lock();
    leases++;
  }

  @MayReleaseLocks
  void release() {
    leases--;
    mu.unlock();
  }

  @MayReleaseLocks
  void withLease(Runnable work) {
    acquire();
    try {
      work.run();
    } finally {
      release();
    }
  }
}
