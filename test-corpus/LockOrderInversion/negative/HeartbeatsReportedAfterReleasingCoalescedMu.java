// The fixed version of GoBench GoKer cockroach#10214: sendQueuedHeartbeats() copies the queue under
// coalescedMu and reports unreachable replicas after releasing it.
import dev.gosafe.Mutex;

public class HeartbeatsReportedAfterReleasingCoalescedMu {
  private final Mutex coalescedMu = new Mutex();
  private final Mutex raftMu = new Mutex();
  private int queued;
  private int unreachable;

  void sendQueuedHeartbeats() {
    int toSend;
    coalescedMu.lock();
    try {
      toSend = queued;
      queued = 0;
    } finally {
      coalescedMu.unlock();
    }
    if (toSend > 0) {
      reportUnreachable();
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
