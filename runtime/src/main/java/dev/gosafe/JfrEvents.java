package dev.gosafe;

/*
 * Maintainer note. JFR is optional (module jdk.jfr may be absent from a jlinked image): the event
 * class is only loaded when the module is present, and a failure to load it disables events.
 */

/** Emits gosafe's JFR events when JFR is available (package-private). */
final class JfrEvents {
  private static final boolean AVAILABLE =
      ModuleLayer.boot().findModule("jdk.jfr").isPresent() && loads();

  private JfrEvents() {}

  private static boolean loads() {
    try {
      Class.forName("dev.gosafe.DeadlockEvent");
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Commits a dev.gosafe.Deadlock event if JFR records it. */
  static void deadlock(String message, int tasks) {
    if (AVAILABLE) {
      DeadlockEvent.commit(message, tasks);
    }
  }
}
