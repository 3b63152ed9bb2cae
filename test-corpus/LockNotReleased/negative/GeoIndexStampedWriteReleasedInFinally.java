// The correct version of GeoIndexStampedWriteNotReleased: the write stamp is released in finally;
// readers try an optimistic read first and fall back to a read lock released in finally.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;

public class GeoIndexStampedWriteReleasedInFinally {
  private final StampedLock sl = new StampedLock();
  private final Map<String, double[]> points = new HashMap<>();

  void move(String id, double dx, double dy) {
    long stamp = sl.writeLock();
    try {
      double[] p = points.computeIfAbsent(id, k -> new double[2]);
      p[0] += dx;
      p[1] += dy;
    } finally {
      sl.unlockWrite(stamp);
    }
  }

  double x(String id) {
    long stamp = sl.tryOptimisticRead();
    double[] p = points.get(id);
    double x = p == null ? 0 : p[0];
    if (sl.validate(stamp)) {
      return x;
    }
    long read = sl.readLock();
    try {
      double[] q = points.get(id);
      return q == null ? 0 : q[0];
    } finally {
      sl.unlockRead(read);
    }
  }
}
