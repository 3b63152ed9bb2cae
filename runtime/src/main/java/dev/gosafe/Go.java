package dev.gosafe;

import java.util.Objects;

/** Starts tasks: Go's {@code go} statement. */
public final class Go {
  private Go() {}

  /**
   * Go starts {@code body} on a new virtual thread: Go's {@code go f()}. The task is named
   * "task-N", N its start number, in gosafe's dumps and reports; its thread is left unnamed (as
   * {@code Thread.ofVirtual()} threads are by default: a name string per task would be a tenth of
   * a parked task's memory) until the body throws, when it is given the task's name for the
   * uncaught-exception handler. Use {@link #go(String, Runnable)} for a named thread. Everything
   * the caller did before {@code go} happens-before the body starts.
   *
   * @param body the function to run; not null
   * @return the running task, to {@link Task#join()} or poll
   * @throws NullPointerException if {@code body} is null
   */
  public static Task go(Runnable body) {
    return Task.start(null, body);
  }

  /**
   * Go starts {@code body} on a new virtual thread named {@code name}, as shown in dumps.
   *
   * @param name the task and thread name; not null
   * @param body the function to run; not null
   * @return the running task
   * @throws NullPointerException if an argument is null
   */
  public static Task go(String name, Runnable body) {
    return Task.start(Objects.requireNonNull(name, "name"), body);
  }
}
