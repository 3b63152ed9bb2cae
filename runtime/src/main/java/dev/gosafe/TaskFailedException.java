package dev.gosafe;

/**
 * Thrown by {@link Task#join()} and {@link Task#join(java.time.Duration)} when the task's body
 * ended with an exception; the original exception is the {@linkplain #getCause() cause}.
 * Unchecked.
 */
public final class TaskFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String taskName;

  TaskFailedException(String taskName, Throwable cause) {
    super("gosafe: task " + taskName + " failed: " + cause, cause);
    this.taskName = taskName;
  }

  /** Returns the name of the task that failed. */
  public String taskName() {
    return taskName;
  }
}
