package dev.gosafe;

/**
 * Why a {@link Context} is done: the value of {@link Context#err()} once it is not null, Go's
 * {@code context.Canceled} and {@code context.DeadlineExceeded}.
 */
public enum ContextError {
  /** The context was cancelled: {@link CancelContext#cancel()} or a cancelled parent. */
  CANCELED("context canceled"),
  /** The context's deadline passed: {@link Context#withTimeout} or an expired parent. */
  DEADLINE_EXCEEDED("context deadline exceeded");

  private final String message;

  ContextError(String message) {
    this.message = message;
  }

  /** Returns Go's error text: "context canceled" or "context deadline exceeded". */
  public String message() {
    return message;
  }
}
