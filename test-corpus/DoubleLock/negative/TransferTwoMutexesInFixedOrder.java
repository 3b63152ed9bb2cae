// A transfer between two ledgers, each with its own Mutex, always locked in the same order:
// two different mutexes, so neither acquisition is a relock.
import dev.gosafe.Mutex;

public class TransferTwoMutexesInFixedOrder {
  private final Mutex checkingMu = new Mutex();
  private final Mutex savingsMu = new Mutex();
  private long checking = 100;
  private long savings;

  void moveToSavings(long amount) {
    checkingMu.lock();
    try {
      savingsMu.lock();
      try {
        checking -= amount;
        savings += amount;
      } finally {
        savingsMu.unlock();
      }
    } finally {
      checkingMu.unlock();
    }
  }
}
