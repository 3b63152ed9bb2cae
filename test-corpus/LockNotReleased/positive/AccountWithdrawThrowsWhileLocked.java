// A bank account that validates the amount after taking its ReentrantLock and throws on overdraft.
// At run time: the throw leaves the lock held by the calling thread; other threads block forever.
import java.util.concurrent.locks.ReentrantLock;

public class AccountWithdrawThrowsWhileLocked {
  private final ReentrantLock lock = new ReentrantLock();
  private long balance;

  void withdraw(long amount) {
    // BUG: Diagnostic contains: LockNotReleased
    lock.lock();
    if (amount > balance) {
      throw new IllegalArgumentException("insufficient funds");
    }
    balance -= amount;
    lock.unlock();
  }
}
