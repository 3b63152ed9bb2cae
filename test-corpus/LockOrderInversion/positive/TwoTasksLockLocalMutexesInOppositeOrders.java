// A reconciler starts two tasks that share two locks created in the method and nest them in
// opposite orders.
// At run time: the two tasks run concurrently and can each hold one mutex while waiting for the
// other.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class TwoTasksLockLocalMutexesInOppositeOrders {
  private int desired;
  private int actual;

  void reconcile() {
    Mutex desiredMu = new Mutex();
    Mutex actualMu = new Mutex();
    Task up = Go.go(() -> {
      desiredMu.lock();
      try {
        actualMu.lock();
        try {
          actual = desired;
        } finally {
          actualMu.unlock();
        }
      } finally {
        desiredMu.unlock();
      }
    });
    Task down = Go.go(() -> {
      actualMu.lock();
      try {
        // BUG: Diagnostic contains: LockOrderInversion
        desiredMu.lock();
        try {
          desired = actual;
        } finally {
          desiredMu.unlock();
        }
      } finally {
        actualMu.unlock();
      }
    });
    up.join();
    down.join();
  }
}
