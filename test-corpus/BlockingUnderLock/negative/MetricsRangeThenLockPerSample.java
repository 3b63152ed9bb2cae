// The correct version of MetricsRangeOverChannelUnderLock: each sample is received without the
// mutex and added under it, so snapshot() only waits for one addition.
import dev.gosafe.Mutex;
import dev.gosafe.RecvChan;

public class MetricsRangeThenLockPerSample {
  private final Mutex mu = new Mutex();
  private long count;
  private long sum;

  void aggregate(RecvChan<Long> samples) {
    for (Long s : samples) {
      mu.lock();
      try {
        count++;
        sum += s;
      } finally {
        mu.unlock();
      }
    }
  }

  double mean() {
    mu.lock();
    try {
      return count == 0 ? 0 : (double) sum / count;
    } finally {
      mu.unlock();
    }
  }
}
