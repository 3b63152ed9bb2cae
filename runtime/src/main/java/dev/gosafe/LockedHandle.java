package dev.gosafe;

import org.checkerframework.checker.lock.qual.MayReleaseLocks;

/** A one-shot {@link Locked}: the first close() runs the release action, later ones do nothing. */
final class LockedHandle implements Locked {
  private final Runnable release;
  private boolean closed;

  LockedHandle(Runnable release) {
    this.release = release;
  }

  @Override
  @MayReleaseLocks
  public void close() {
    if (!closed) {
      closed = true;
      release.run();
    }
  }
}
