// A striped counter map: one ReentrantLock per stripe, picked from an array.
// Real bug: if merge() throws, the stripe stays locked. Missed on purpose: an array element has no
// identity the analysis can track (Ref.Unknown), so it stays silent rather than guess.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

public class StripedLockArrayElementNeverUnlocked {
  private final ReentrantLock[] stripes = new ReentrantLock[16];
  private final Map<String, Long> counts = new HashMap<>();

  StripedLockArrayElementNeverUnlocked() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  void add(String key, long n) {
    int i = Math.floorMod(key.hashCode(), stripes.length);
    // MISS: LockNotReleased
    stripes[i].lock();
    counts.merge(key, n, Long::sum);
    stripes[i].unlock();
  }
}
