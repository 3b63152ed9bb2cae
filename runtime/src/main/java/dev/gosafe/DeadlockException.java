package dev.gosafe;

/**
 * Thrown where a gosafe operation can never complete because the calling task would wait for
 * itself, for example a {@link Mutex} relocked by the task that holds it. Go would block forever
 * (and, when every goroutine is blocked, crash with "all goroutines are asleep - deadlock!");
 * gosafe fails fast instead. Unchecked.
 *
 * <p>Messages start with {@code "gosafe: deadlock"} and name the rule of the checker that reports
 * the same mistake at compile time, e.g. {@code "gosafe: deadlock: Mutex relocked by the task that
 * holds it (rule DoubleLock)"}.
 */
public class DeadlockException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message; should start with {@code "gosafe: deadlock"}
   */
  public DeadlockException(String message) {
    super(message);
  }
}
