// A ticket counter that reads under a StampedLock read stamp but releases it with unlockWrite().
// At run time: unlockWrite() with a read stamp throws IllegalMonitorStateException and the read
// lock is never released (LockNotReleased too).
import java.util.concurrent.locks.StampedLock;

public class TicketCounterStampedReadReleasedAsWrite {
  private final StampedLock sl = new StampedLock();
  private int sold;

  int sold() {
    // BUG: Diagnostic contains: LockNotReleased
    long stamp = sl.readLock();
    try {
      return sold;
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      sl.unlockWrite(stamp);
    }
  }
}
