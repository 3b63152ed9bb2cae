package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The body of a critical section for lock tests: counts threads that found another one inside
 * and increments a plain counter that loses updates without mutual exclusion.
 */
final class ExclusionCheck {
  private final AtomicInteger inside = new AtomicInteger();
  private final AtomicInteger overlaps = new AtomicInteger();
  private long counter; // guarded by the lock under test

  /** Runs one critical section; call it with the lock under test held. */
  void criticalSection() {
    enter();
    leave();
  }

  /** Enters a critical section that lasts until {@link #leave()}; call it with the lock held. */
  void enter() {
    if (inside.incrementAndGet() != 1) {
      overlaps.incrementAndGet();
    }
    counter++;
  }

  /** Leaves the critical section entered by {@link #enter()}, still holding the lock. */
  void leave() {
    inside.decrementAndGet();
  }

  /** Asserts that no two threads were ever inside and that {@code expected} sections ran. */
  void assertExclusive(long expected) {
    assertEquals(0, overlaps.get(), "two threads inside the critical section");
    assertEquals(expected, counter, "lost updates");
  }
}
