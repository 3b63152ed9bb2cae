// A geo index that moves a point under a StampedLock write lock and unlocks after the move.
// At run time: if the index update throws, the write stamp is never released and every reader
// and writer blocks forever (StampedLock has no owner to recover it).
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;

public class GeoIndexStampedWriteNotReleased {
  private final StampedLock sl = new StampedLock();
  private final Map<String, double[]> points = new HashMap<>();

  void move(String id, double dx, double dy) {
    // BUG: Diagnostic contains: LockNotReleased
    long stamp = sl.writeLock();
    double[] p = points.computeIfAbsent(id, k -> new double[2]);
    p[0] += dx;
    p[1] += dy;
    sl.unlockWrite(stamp);
  }
}
