// A vehicle position tracker that holds a StampedLock read stamp and then asks for a write stamp
// to correct an out-of-range value.
// At run time: StampedLock is not reentrant; writeLock() waits for the thread's own read stamp and
// never returns.
import java.util.concurrent.locks.StampedLock;

public class PositionTrackerStampedReadThenWrite {
  private final StampedLock sl = new StampedLock();
  private double lat;
  private double lon;

  double[] position() {
    long stamp = sl.readLock();
    try {
      if (lat > 90) {
        // BUG: Diagnostic contains: DoubleLock
        long w = sl.writeLock();
        try {
          lat = 90;
        } finally {
          sl.unlockWrite(w);
        }
      }
      return new double[] {lat, lon};
    } finally {
      sl.unlockRead(stamp);
    }
  }
}
