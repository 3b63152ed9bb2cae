// The fixed version of LeaseRenewalAndRevokeInversion: the expiry handler clears the timer under
// its lock and revokes the lease after releasing it.
import dev.gosafe.Mutex;

public class LeaseExpiryRevokesAfterReleasingTimer {
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
    } finally {
      timers.unlock();
    }
    leases.lock();
    try {
      revoked++;
    } finally {
      leases.unlock();
    }
  }
}
