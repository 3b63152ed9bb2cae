// The correct version of BankTransferAndAuditTakeLocksInOppositeOrders: both methods take the
// accounts lock first and the audit lock second.
import dev.gosafe.Mutex;

public class BankTransferAndAuditSameOrder {
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
    accounts.lock();
    try {
      audit.lock();
      try {
        return entries + " entries, balance " + balance;
      } finally {
        audit.unlock();
      }
    } finally {
      accounts.unlock();
    }
  }
}
