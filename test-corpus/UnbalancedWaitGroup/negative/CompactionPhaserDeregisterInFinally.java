// The correct version of CompactionPhaserDeregisterNotInFinally: all parties are registered before
// any task starts, and each task deregisters in finally, so phase 0 completes on every path.
import dev.gosafe.Go;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;

public class CompactionPhaserDeregisterInFinally {
  private final Set<String> compacted = ConcurrentHashMap.newKeySet();

  void compactAll(List<String> shards) {
    if (shards.isEmpty()) {
      return;
    }
    Phaser phaser = new Phaser();
    phaser.bulkRegister(shards.size());
    for (String shard : shards) {
      Go.go(() -> {
        try {
          compact(shard);
        } finally {
          phaser.arriveAndDeregister();
        }
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
