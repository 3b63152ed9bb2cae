// Pattern after GoBench GoKer cockroach#10214 (coalesced heartbeats): sending queued heartbeats
// holds coalescedMu and reports unreachable replicas under raftMu, while a raft tick holds raftMu
// and coalesces a heartbeat under coalescedMu.
// At run time: the two paths deadlock when they overlap.
import dev.gosafe.Mutex;

public class HeartbeatCoalescingAndRaftMuInversion {
  private final Mutex coalescedMu = new Mutex();
  private final Mutex raftMu = new Mutex();
  private int queued;
  private int unreachable;

  void sendQueuedHeartbeats() {
    coalescedMu.lock();
    try {
      queued = 0;
      reportUnreachable();
    } finally {
      coalescedMu.unlock();
    }
  }

  private void reportUnreachable() {
    raftMu.lock();
    try {
      unreachable++;
    } finally {
      raftMu.unlock();
    }
  }

  void tick() {
    raftMu.lock();
    try {
      // BUG: Diagnostic contains: LockOrderInversion
      maybeCoalesceHeartbeat();
    } finally {
      raftMu.unlock();
    }
  }

  private void maybeCoalesceHeartbeat() {
    coalescedMu.lock();
    try {
      queued++;
    } finally {
      coalescedMu.unlock();
    }
  }
}
