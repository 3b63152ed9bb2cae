package dev.gosafe.checker.analysis.domain;

import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.SourcePos;

/**
 * What one path knows of a lock this method acquired: how often it is held, its kind, and where
 * the acquire that took it from 0 to 1 is (the report position of LockNotReleased).
 */
public record LockFact(HoldCount count, ObjKind kind, SourcePos acquiredAt) {
  public LockFact acquire(SourcePos pos) {
    return new LockFact(count.acquire(), kind, count == HoldCount.ZERO ? pos : acquiredAt);
  }

  public LockFact release() {
    HoldCount after = count.release();
    // forget where a released lock was taken, so paths that differ only there merge
    return new LockFact(after, kind, after == HoldCount.ZERO ? null : acquiredAt);
  }
}
