package dev.gosafe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/*
 * Maintainer note.
 *
 * A TaskDump is built from the Blocking registry (Blocking.ALL): every task whose body has not
 * ended, plus every other thread that is blocked in a gosafe operation right now. Each entry reads
 * the record's op first (volatile) and then on/token, so it describes one wait (or a later one);
 * the stack is Thread.getStackTrace(), taken a moment later: a dump is a snapshot of a moving
 * program, not a proof. siteOf() picks the first stack frame that is neither JDK code nor a
 * runtime implementation class: the user's blocking call.
 */

/**
 * A snapshot of the live gosafe tasks, like Go's goroutine dump: each task's name, state,
 * blocking operation (with the object it waits for and the source line of the call) and stack.
 * Threads outside gosafe that are blocked in a gosafe operation at the time are listed too.
 *
 * <pre>{@code
 * System.err.println(TaskDump.capture());
 * }</pre>
 *
 * <p>Immutable. {@link #toString()} gives the readable dump.
 */
public final class TaskDump {
  /** A dump with no entries. */
  static final TaskDump EMPTY = new TaskDump(List.of());

  private static final Set<String> RUNTIME_CLASSES =
      Set.of(
          "BackgroundContext", "Blocking", "CancelCtx", "Chan", "ChanIterator", "ChanLock",
          "ChanQueues", "Context", "Deadlocks", "ErrGroup", "Go", "LockedHandle", "Mutex", "Once",
          "RWMutex", "Select", "SelectState", "Spin", "SyncNode", "Task", "TaskDump", "WaitGroup",
          "Waiter");

  /** What a task is doing, as far as gosafe knows. */
  public enum State {
    /** Not blocked in a gosafe operation: running ordinary code (or blocked outside gosafe). */
    RUNNING,
    /** Blocked in a gosafe operation without a deadline. */
    BLOCKED,
    /** Blocked in a gosafe operation that ends by itself at a deadline. */
    BLOCKED_WITH_TIMEOUT
  }

  /**
   * One task (or one thread outside gosafe blocked in a gosafe operation).
   *
   * @param taskId the task's start number (tasks started later have larger ids); 0 for a thread
   *     that is not a gosafe task
   * @param name the task's (thread's) name
   * @param threadId the thread id
   * @param state the gosafe state
   * @param threadState the JVM's state of the thread
   * @param operation the blocking operation (e.g. {@code "chan receive"}), or null when running
   * @param blockedOn a description of the object waited for, or null when running
   * @param site the source line of the blocking call (the first frame outside the JDK and the
   *     gosafe runtime), or null if unknown or running
   * @param stack the thread's stack, innermost frame first
   */
  public record Entry(
      long taskId,
      String name,
      long threadId,
      State state,
      Thread.State threadState,
      String operation,
      String blockedOn,
      StackTraceElement site,
      List<StackTraceElement> stack) {

    /** Creates an entry; the stack is copied. */
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(state, "state");
      stack = List.copyOf(stack);
    }

    /** Whether this entry is a gosafe task (started by Go.go, WaitGroup.go or ErrGroup). */
    public boolean isTask() {
      return taskId != 0;
    }

    /** One line: name, state, operation, object and source line. */
    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append(isTask() ? "task " : "thread ").append('"').append(name).append('"');
      if (isTask()) {
        sb.append(" #").append(taskId);
      }
      if (operation == null) {
        sb.append(" [running, ").append(threadState).append(']');
      } else {
        sb.append(" [").append(operation);
        if (state == State.BLOCKED_WITH_TIMEOUT) {
          sb.append(", with timeout");
        }
        sb.append("] on ").append(blockedOn);
        if (site != null) {
          sb.append(" at ").append(site);
        }
      }
      return sb.toString();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(summary()).append('\n');
      for (StackTraceElement e : stack) {
        sb.append("    at ").append(e).append('\n');
      }
      return sb.toString();
    }
  }

  private final List<Entry> entries;

  private TaskDump(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Captures the live gosafe tasks (those whose body has not ended) and the threads outside gosafe
   * blocked in a gosafe operation now, ordered by task start number, then thread id. Takes each
   * thread's stack: costs about as much as {@link Thread#getStackTrace()} per task.
   *
   * @return the snapshot
   */
  public static TaskDump capture() {
    List<Entry> out = new ArrayList<>();
    for (Blocking b : Blocking.all()) {
      Entry e = entryOf(b);
      if (e != null && (e.isTask() || e.operation() != null)) {
        out.add(e);
      }
    }
    out.sort(
        Comparator.comparingInt((Entry e) -> e.isTask() ? 0 : 1)
            .thenComparingLong(Entry::taskId)
            .thenComparingLong(Entry::threadId));
    return new TaskDump(out);
  }

  /** A dump of exactly {@code entries}. */
  static TaskDump of(List<Entry> entries) {
    return new TaskDump(entries);
  }

  /** The entries, tasks first (by start number), then other threads. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entries that are gosafe tasks. */
  public List<Entry> tasks() {
    return entries.stream().filter(Entry::isTask).toList();
  }

  /** Whether there is no entry. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The readable dump, one block per entry, as Go prints goroutines. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("gosafe task dump: ").append(entries.size()).append(" entr")
        .append(entries.size() == 1 ? "y" : "ies").append('\n');
    for (Entry e : entries) {
      sb.append('\n').append(e);
    }
    return sb.toString();
  }

  /** The entry for record {@code b}, or null if its thread has ended. */
  static Entry entryOf(Blocking b) {
    Thread t = b.thread();
    String op = b.op();
    Object on = b.on();
    boolean timed = b.timed();
    Task task = b.task();
    if (task != null && task.ended()) {
      return null;
    }
    StackTraceElement[] stack = t.getStackTrace();
    State state = op == null ? State.RUNNING : timed ? State.BLOCKED_WITH_TIMEOUT : State.BLOCKED;
    return new Entry(
        task == null ? 0L : task.id(),
        task != null ? task.name() : Blocking.nameOf(t),
        t.threadId(),
        state,
        t.getState(),
        op,
        op == null ? null : describe(on),
        op == null ? null : siteOf(stack),
        List.of(stack));
  }

  /** A description of a waited-for object; a select lists its channels. */
  static String describe(Object on) {
    if (on instanceof Select.Case[] cases) {
      StringBuilder sb = new StringBuilder("[");
      for (Select.Case c : cases) {
        if (sb.length() > 1) {
          sb.append(", ");
        }
        sb.append(Select.describe(c));
      }
      return sb.append(']').toString();
    }
    if (on instanceof Class<?> c) {
      return c.getSimpleName();
    }
    try {
      return String.valueOf(on);
    } catch (RuntimeException e) {
      return on.getClass().getSimpleName();
    }
  }

  /** The first frame of {@code stack} outside the JDK and the gosafe runtime, or null. */
  static StackTraceElement siteOf(StackTraceElement[] stack) {
    for (StackTraceElement e : stack) {
      String c = e.getClassName();
      if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
        continue;
      }
      if (c.startsWith("dev.gosafe.") && c.indexOf('.', 11) < 0) {
        int dollar = c.indexOf('$');
        String top = c.substring(11, dollar < 0 ? c.length() : dollar);
        if (RUNTIME_CLASSES.contains(top)) {
          continue;
        }
      }
      return e;
    }
    return null;
  }
}
