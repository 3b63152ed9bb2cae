package dev.gosafe;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The JFR event {@code dev.gosafe.Deadlock}: the run-time detector found a deadlock. */
@Name("dev.gosafe.Deadlock")
@Label("gosafe Deadlock")
@Category({"gosafe"})
@Description("Blocked gosafe tasks that can never be woken; they end with DeadlockException")
@StackTrace(false)
final class DeadlockEvent extends Event {
  @Label("Message")
  @Description("The DeadlockException message, with one line per involved task")
  String message;

  @Label("Tasks")
  int tasks;

  static void commit(String message, int tasks) {
    DeadlockEvent e = new DeadlockEvent();
    if (e.shouldCommit()) {
      e.message = message;
      e.tasks = tasks;
      e.commit();
    }
  }
}
