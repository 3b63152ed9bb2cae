// The fixed version of TwoTasksLockLocalMutexesInOppositeOrders: both tasks take desiredMu first.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class TasksLockSharedMutexesInOneOrder {
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
      desiredMu.lock();
      try {
        actualMu.lock();
        try {
          desired = actual;
        } finally {
          actualMu.unlock();
        }
      } finally {
        desiredMu.unlock();
      }
    });
    up.join();
    down.join();
  }
}
