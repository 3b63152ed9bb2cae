// The correct version of AccountWithdrawThrowsWhileLocked: lock() before the try, the overdraft
// check throws inside it, and finally releases the lock on every path.
import java.util.concurrent.locks.ReentrantLock;

public class AccountWithdrawThrowInsideTryFinally {
  private final ReentrantLock lock = new ReentrantLock();
  private long balance;

  void withdraw(long amount) {
    lock.lock();
    try {
      if (amount > balance) {
        throw new IllegalArgumentException("insufficient funds");
      }
      balance -= amount;
    } finally {
      lock.unlock();
    }
  }
}
