package dev.gosafe;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** Starts tasks: Go's {@code go} statement. */
public final class Go {
  private static final AtomicLong SEQ = new AtomicLong();

  private Go() {}

  /**
   * Go starts {@code body} on a new virtual thread: Go's {@code go f()}. The task is named
   * "task-N". Everything the caller did before {@code go} happens-before the body starts.
   *
   * @param body the function to run; not null
   * @return the running task, to {@link Task#join()} or poll
   * @throws NullPointerException if {@code body} is null
   */
  public static Task go(Runnable body) {
    Objects.requireNonNull(body, "body");
    return Task.start("task-" + SEQ.incrementAndGet(), body);
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
    return Task.start(name, body);
  }
}
