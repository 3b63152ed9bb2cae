// A compaction job coordinated with a Phaser: it registers one party per shard up front, starts a
// task per shard and waits for phase 0 to complete; each task deregisters after compacting, not in
// finally.
// At run time: when one compaction throws, its party never arrives, phase 0 never completes and
// awaitAdvance() blocks forever.
import dev.gosafe.Go;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;

public class CompactionPhaserDeregisterNotInFinally {
  private final Set<String> compacted = ConcurrentHashMap.newKeySet();

  void compactAll(List<String> shards) {
    if (shards.isEmpty()) {
      return;
    }
    Phaser phaser = new Phaser();
    // BUG: Diagnostic contains: UnbalancedWaitGroup
    phaser.bulkRegister(shards.size());
    for (String shard : shards) {
      Go.go(() -> {
        compact(shard);
        phaser.arriveAndDeregister();
      });
    }
    phaser.awaitAdvance(0);
  }

  private void compact(String shard) {
    if (shard.isEmpty()) {
      throw new IllegalArgumentException("unnamed shard");
    }
    compacted.add(shard);
  }
}
