// The correct version of PositionTrackerStampedReadThenWrite: the read stamp is released before
// the write stamp is requested.
import java.util.concurrent.locks.StampedLock;

public class PositionTrackerStampedReadReleasedBeforeWrite {
  private final StampedLock sl = new StampedLock();
  private double lat;
  private double lon;

  double[] position() {
    boolean outOfRange;
    long stamp = sl.readLock();
    try {
      outOfRange = lat > 90;
    } finally {
      sl.unlockRead(stamp);
    }
    if (outOfRange) {
      long w = sl.writeLock();
      try {
        lat = Math.min(lat, 90);
      } finally {
        sl.unlockWrite(w);
      }
    }
    long again = sl.readLock();
    try {
      return new double[] {lat, lon};
    } finally {
      sl.unlockRead(again);
    }
  }
}
