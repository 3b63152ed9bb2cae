// The correct version of TicketCounterStampedReadReleasedAsWrite: a read stamp is released with
// unlockRead(), a write stamp with unlockWrite().
import java.util.concurrent.locks.StampedLock;

public class TicketCounterStampedReadReleasedAsRead {
  private final StampedLock sl = new StampedLock();
  private int sold;

  int sold() {
    long stamp = sl.readLock();
    try {
      return sold;
    } finally {
      sl.unlockRead(stamp);
    }
  }

  void sell() {
    long stamp = sl.writeLock();
    try {
      sold++;
    } finally {
      sl.unlockWrite(stamp);
    }
  }
}
