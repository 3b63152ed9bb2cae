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
 *
 * <p>The run-time deadlock detector (see {@code docs/diagnostics.md}) also ends blocked operations
 * with this exception when the tasks they wait for can never wake them: its message starts with
 * {@code "gosafe: deadlock:"}, names the rule and its docs page, and lists each involved task;
 * {@link #dump()} gives the same as a typed {@link TaskDump}.
 */
public class DeadlockException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // TaskDump is a snapshot for diagnostics, not meant to be serialized
  private final TaskDump dump;

  /**
   * Creates the exception.
   *
   * @param message the message; should start with {@code "gosafe: deadlock"}
   */
  public DeadlockException(String message) {
    this(message, TaskDump.EMPTY);
  }

  DeadlockException(String message, TaskDump dump) {
    super(message);
    this.dump = dump;
  }

  /**
   * Returns the tasks involved in the deadlock, as found by the run-time deadlock detector, each
   * with its blocking operation, the object and the source line of the blocking call; empty for a
   * deadlock found at the call itself (such as a relocked mutex).
   *
   * @return the dump; not null
   */
  public TaskDump dump() {
    return dump;
  }
}
