// A metrics aggregator that drains a samples channel with for-each while holding its mutex.
// At run time: each iteration waits for the next sample until the producer closes the channel, so
// the mutex is held for the producer's whole lifetime and snapshot() blocks.
import dev.gosafe.Mutex;
import dev.gosafe.RecvChan;

public class MetricsRangeOverChannelUnderLock {
  private final Mutex mu = new Mutex();
  private long count;
  private long sum;

  void aggregate(RecvChan<Long> samples) {
    mu.lock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      for (Long s : samples) {
        count++;
        sum += s;
      }
    } finally {
      mu.unlock();
    }
  }
}
