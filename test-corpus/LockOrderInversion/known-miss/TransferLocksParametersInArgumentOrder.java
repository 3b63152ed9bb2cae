// The classic dynamic lock-order deadlock: transfer(from, to) locks from then to, so
// transfer(x, y) and transfer(y, x) running concurrently deadlock.
// Missed on purpose: the locks belong to the parameters, whose identities the model does not know
// (other.f is an unknown object); the fix is to order the two accounts, e.g. by id.
import dev.gosafe.Mutex;

public class TransferLocksParametersInArgumentOrder {
  static final class Account {
    final Mutex lock = new Mutex();
    long balance;
  }

  void transfer(Account from, Account to, long amount) {
    from.lock.lock();
    try {
      // MISS: LockOrderInversion
      to.lock.lock();
      try {
        from.balance -= amount;
        to.balance += amount;
      } finally {
        to.lock.unlock();
      }
    } finally {
      from.lock.unlock();
    }
  }
}
