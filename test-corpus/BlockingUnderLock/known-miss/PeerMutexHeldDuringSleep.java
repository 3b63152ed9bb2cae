// A replica that locks its peer's mutex (another object's field) and sleeps while holding it.
// Real bug: the peer is blocked for the whole sleep. Missed on purpose: peer.mu is a field of
// another object, whose identity the analysis does not track, so it does not know a lock is held.
import dev.gosafe.Mutex;

public class PeerMutexHeldDuringSleep {
  final Mutex mu = new Mutex();
  private long applied;

  void syncFrom(PeerMutexHeldDuringSleep peer) throws InterruptedException {
    peer.mu.lock();
    try {
      applied = peer.applied;
      // MISS: BlockingUnderLock
      Thread.sleep(10);
    } finally {
      peer.mu.unlock();
    }
  }
}
