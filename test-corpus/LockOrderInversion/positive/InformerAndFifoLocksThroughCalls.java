// Pattern after GoBench GoKer kubernetes#30872 (federated informer): addCluster() holds the
// informer lock and asks the FIFO whether it has synced; pop() holds the FIFO lock and calls
// addCluster().
// At run time: the two paths acquire the same two locks in opposite orders and can deadlock.
import java.util.concurrent.locks.ReentrantLock;

public class InformerAndFifoLocksThroughCalls {
  private final ReentrantLock informerLock = new ReentrantLock();
  private final ReentrantLock fifoLock = new ReentrantLock();
  private int clusters;
  private boolean synced;

  void addCluster() {
    informerLock.lock();
    try {
      clusters++;
      synced = hasSynced();
    } finally {
      informerLock.unlock();
    }
  }

  boolean hasSynced() {
    fifoLock.lock();
    try {
      return clusters > 0;
    } finally {
      fifoLock.unlock();
    }
  }

  void pop() {
    fifoLock.lock();
    try {
      // BUG: Diagnostic contains: LockOrderInversion
      addCluster();
    } finally {
      fifoLock.unlock();
    }
  }
}
