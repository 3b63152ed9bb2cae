// Three services take two locks each: a then b, b then c, c then a. Three threads running one
// method each can deadlock in a cycle of three.
// Missed on purpose: the analysis compares lock pairs only; no two methods take the same two locks
// in opposite orders.
import dev.gosafe.Mutex;

public class ThreeLockCycleAcrossMethods {
  private final Mutex a = new Mutex();
  private final Mutex b = new Mutex();
  private final Mutex c = new Mutex();
  private int n;

  void ab() {
    a.lock();
    try {
      b.lock();
      try {
        n++;
      } finally {
        b.unlock();
      }
    } finally {
      a.unlock();
    }
  }

  void bc() {
    b.lock();
    try {
      c.lock();
      try {
        n++;
      } finally {
        c.unlock();
      }
    } finally {
      b.unlock();
    }
  }

  void ca() {
    c.lock();
    try {
      // MISS: LockOrderInversion
      a.lock();
      try {
        n++;
      } finally {
        a.unlock();
      }
    } finally {
      c.unlock();
    }
  }
}
