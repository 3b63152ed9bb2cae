// The correct version of CompactionPhaserDeregisterNotInFinally: each shard task deregisters in
// finally, and the coordinator deregisters itself in finally, so every register() is matched by an
// arriveAndDeregister() on every path.
import dev.gosafe.Go;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Phaser;

public class CompactionPhaserDeregisterInFinally {
  private final Set<String> compacted = ConcurrentHashMap.newKeySet();

  void compactAll(List<String> shards) {
    Phaser phaser = new Phaser();
    phaser.register();
    try {
      for (String shard : shards) {
        phaser.register();
        Go.go(() -> {
          try {
            compact(shard);
          } finally {
            phaser.arriveAndDeregister();
          }
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
