// The fixed version of GoBench GoKer kubernetes#30872: pop() takes the item under the FIFO lock and
// calls addCluster() after releasing it.
import java.util.concurrent.locks.ReentrantLock;

public class InformerPopReleasesFifoBeforeAddCluster {
  private final ReentrantLock informerLock = new ReentrantLock();
  private final ReentrantLock fifoLock = new ReentrantLock();
  private int clusters;
  private int items = 3;
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
      items--;
    } finally {
      fifoLock.unlock();
    }
    addCluster();
  }
}
