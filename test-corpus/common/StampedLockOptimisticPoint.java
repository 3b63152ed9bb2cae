// A 2-D point guarded by a StampedLock: moves take the write lock, reads try an optimistic read and
// fall back to the read lock; each stamp is released in finally. Correct on every path.
import java.util.concurrent.locks.StampedLock;

public class StampedLockOptimisticPoint {
  private final StampedLock sl = new StampedLock();
  private double x;
  private double y;

  void move(double dx, double dy) {
    long stamp = sl.writeLock();
    try {
      x += dx;
      y += dy;
    } finally {
      sl.unlockWrite(stamp);
    }
  }

  double distanceFromOrigin() {
    long stamp = sl.tryOptimisticRead();
    double cx = x;
    double cy = y;
    if (!sl.validate(stamp)) {
      long read = sl.readLock();
      try {
        cx = x;
        cy = y;
      } finally {
        sl.unlockRead(read);
      }
    }
    return Math.hypot(cx, cy);
  }
}
