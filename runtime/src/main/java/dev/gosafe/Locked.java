package dev.gosafe;

import org.checkerframework.checker.lock.qual.MayReleaseLocks;
import org.checkerframework.checker.mustcall.qual.InheritableMustCall;

/**
 * A held lock that {@link #close()} releases: the handle returned by {@link Mutex#locked()},
 * {@link RWMutex#locked()} and {@link RWMutex#rLocked()}, for try-with-resources:
 *
 * <pre>{@code
 * try (var held = mu.locked()) {
 *   counter++;
 * }
 * }</pre>
 *
 * <p>A handle must be closed exactly once; the Checker Framework's Resource Leak Checker verifies
 * that through {@code @InheritableMustCall("close")}. A second {@code close()} of the same handle
 * does nothing. A handle is meant for the task that took it and is not itself thread-safe.
 */
@InheritableMustCall("close")
public interface Locked extends AutoCloseable {

  /**
   * Close releases the lock this handle stands for (unlock, or rUnlock for a read handle), once.
   * Never blocks; declares no checked exception. A later call on the same handle does nothing.
   *
   * @throws IllegalStateException if the lock was meanwhile released by other means, with the
   *     message of the underlying unlock
   */
  @Override
  @MayReleaseLocks
  void close();
}
