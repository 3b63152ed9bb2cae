// The correct version of ShardCompactionLoopLockInsideTry: each iteration locks before its try.
import dev.gosafe.Mutex;

public class ShardCompactionLoopLockBeforeTry {
  private final Mutex mu = new Mutex();
  private final long[] shardSizes = new long[8];

  void compactAll() {
    for (int i = 0; i < shardSizes.length; i++) {
      mu.lock();
      try {
        shardSizes[i] = shardSizes[i] / 2;
      } finally {
        mu.unlock();
      }
    }
  }
}
