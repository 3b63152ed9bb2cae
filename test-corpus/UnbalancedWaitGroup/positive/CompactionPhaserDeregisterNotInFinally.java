// A compaction job coordinated with a Phaser: the coordinator registers itself, registers one party
// per shard task, and waits for the phase to advance; each task deregisters after compacting, not
// in finally.
// At run time: when one compaction throws, its party never arrives, the phase never advances and
// arriveAndAwaitAdvance() blocks forever.
import dev.gosafe.Go;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;

public class CompactionPhaserDeregisterNotInFinally {
  private final Set<String> compacted = ConcurrentHashMap.newKeySet();

  void compactAll(List<String> shards) {
    Phaser phaser = new Phaser();
    phaser.register();
    try {
      for (String shard : shards) {
        // BUG: Diagnostic contains: UnbalancedWaitGroup
        phaser.register();
        Go.go(() -> {
          compact(shard);
          phaser.arriveAndDeregister();
        });
      }
      phaser.arriveAndAwaitAdvance();
    } finally {
      phaser.arriveAndDeregister();
    }
  }

  private void compact(String shard) {
    if (shard.isEmpty()) {
      throw new IllegalArgumentException("unnamed shard");
    }
    compacted.add(shard);
  }
}
