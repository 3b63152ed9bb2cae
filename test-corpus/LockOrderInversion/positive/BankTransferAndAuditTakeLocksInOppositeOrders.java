// A bank ledger: transfer() takes the accounts lock and then the audit lock, report() takes them
// the other way round.
// At run time: a transfer and a report running at the same time can each hold one lock and wait
// forever for the other.
import dev.gosafe.Mutex;

public class BankTransferAndAuditTakeLocksInOppositeOrders {
  private final Mutex accounts = new Mutex();
  private final Mutex audit = new Mutex();
  private long balance;
  private int entries;

  void transfer(long amount) {
    accounts.lock();
    try {
      audit.lock();
      try {
        balance -= amount;
        entries++;
      } finally {
        audit.unlock();
      }
    } finally {
      accounts.unlock();
    }
  }

  String report() {
    audit.lock();
    try {
      // BUG: Diagnostic contains: LockOrderInversion
      accounts.lock();
      try {
        return entries + " entries, balance " + balance;
      } finally {
        accounts.unlock();
      }
    } finally {
      audit.unlock();
    }
  }
}
