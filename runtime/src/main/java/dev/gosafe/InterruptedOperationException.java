package dev.gosafe;

/**
 * Thrown when a thread is interrupted while blocked in a gosafe operation (channel send or
 * receive, select, join, WaitGroup await, Mutex lock...).
 *
 * <p>Blocking gosafe operations declare no checked exceptions; interruption ends the operation
 * with this unchecked exception instead of {@link InterruptedException}. The thrower restores the
 * thread's interrupt flag before throwing, so {@code Thread.currentThread().isInterrupted()} is
 * true in the handler. The operation did not take effect: no value was sent or received, no lock
 * was acquired. The cause is an {@link InterruptedException}.
 */
public final class InterruptedOperationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an interrupted operation.
   *
   * @param operation the operation, e.g. "chan send"
   * @param cause the interruption
   */
  InterruptedOperationException(String operation, InterruptedException cause) {
    super("gosafe: interrupted during " + operation, cause);
  }

  /**
   * Restores the current thread's interrupt flag and returns the exception to throw for {@code
   * operation}; use as {@code throw InterruptedOperationException.interrupted(...)} after having
   * consumed the flag with {@link Thread#interrupted()}.
   */
  static InterruptedOperationException interrupted(String operation) {
    Thread.currentThread().interrupt();
    return new InterruptedOperationException(operation, new InterruptedException());
  }

  /** Same as {@link #interrupted(String)}, keeping the caught {@code cause}. */
  static InterruptedOperationException interrupted(String operation, InterruptedException cause) {
    Thread.currentThread().interrupt();
    return new InterruptedOperationException(operation, cause);
  }
}
