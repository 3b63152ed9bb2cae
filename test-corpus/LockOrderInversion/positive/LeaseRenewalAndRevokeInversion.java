// A lease manager: renew() holds the lease table lock and then the timer lock; the timer's expiry
// handler holds the timer lock and then takes the lease table lock to revoke.
// At run time: a renewal racing with an expiry deadlocks.
import dev.gosafe.Mutex;

public class LeaseRenewalAndRevokeInversion {
  private final Mutex leases = new Mutex();
  private final Mutex timers = new Mutex();
  private long deadline;
  private int revoked;

  void renew(long ttl) {
    leases.lock();
    try {
      timers.lock();
      try {
        deadline += ttl;
      } finally {
        timers.unlock();
      }
    } finally {
      leases.unlock();
    }
  }

  void onExpiry() {
    timers.lock();
    try {
      deadline = 0;
      // BUG: Diagnostic contains: LockOrderInversion
      leases.lock();
      try {
        revoked++;
      } finally {
        leases.unlock();
      }
    } finally {
      timers.unlock();
    }
  }
}
