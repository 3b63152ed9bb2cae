// A compaction job that visits every shard, taking the shard mutex inside the try of each
// iteration.
// At run time: if lock() throws in some iteration, that iteration's finally unlocks a mutex this
// task does not hold (IllegalStateException).
import dev.gosafe.Mutex;

public class ShardCompactionLoopLockInsideTry {
  private final Mutex mu = new Mutex();
  private final long[] shardSizes = new long[8];

  void compactAll() {
    for (int i = 0; i < shardSizes.length; i++) {
      try {
        mu.lock();
        shardSizes[i] = shardSizes[i] / 2;
      } finally {
        // BUG: Diagnostic contains: UnlockWithoutLock
        mu.unlock();
      }
    }
  }
}
