package dev.gosafe.lincheck;

/** Starting and joining the platform threads of a {@code Lincheck.runConcurrentTest} scenario. */
final class Scenarios {
  private Scenarios() {}

  /**
   * Runs {@code bodies} on new platform threads and waits for all of them. Lincheck 3.7 cannot
   * schedule virtual threads (a {@code Task.join} in its model checker fails inside Lincheck), so
   * the scenarios use platform threads; the runtime's park/unpark protocol is the same for both.
   */
  static void runAll(Runnable... bodies) {
    Thread[] ts = new Thread[bodies.length];
    for (int i = 0; i < bodies.length; i++) {
      ts[i] = new Thread(bodies[i]);
      ts[i].start();
    }
    for (Thread t : ts) {
      try {
        t.join();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }
}
