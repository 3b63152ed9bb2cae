// An ID sequencer that takes the StampedLock write stamp for the batch and again for the rollover.
// At run time: StampedLock is not reentrant; the second writeLock() waits for the first stamp,
// held by this same thread, forever.
import java.util.concurrent.locks.StampedLock;

public class SequencerStampedWriteTwice {
  private final StampedLock sl = new StampedLock();
  private long next;
  private long epoch;

  long[] reserve(int n) {
    long stamp = sl.writeLock();
    try {
      long first = next;
      next += n;
      if (next > 1_000_000) {
        // BUG: Diagnostic contains: DoubleLock
        long again = sl.writeLock();
        try {
          epoch++;
          next = 0;
        } finally {
          sl.unlockWrite(again);
        }
      }
      return new long[] {epoch, first};
    } finally {
      sl.unlockWrite(stamp);
    }
  }
}
