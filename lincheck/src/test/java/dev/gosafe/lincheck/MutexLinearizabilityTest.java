package dev.gosafe.lincheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosafe.Mutex;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link Mutex#tryLock()} and {@link Mutex#unlock()} (the state word's CAS fast
 * paths and unlockSlow's misuse check) against a sequential boolean "locked". As in Go, any task
 * may unlock, so the sequential specification does not depend on which thread calls.
 */
public class MutexLinearizabilityTest {
  private final Mutex mu = new Mutex();

  @Operation
  public boolean tryLock() {
    return mu.tryLock();
  }

  @Operation
  public String unlock() {
    try {
      mu.unlock();
      return "unlocked";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Test
  void modelChecking() {
    Budget.modelChecking().check(getClass());
  }

  @Test
  void modelChecking3Threads() {
    Budget.modelChecking3().check(getClass());
  }

  @Test
  void stress() {
    assumeTrue(Budget.STRESS, "stress mode runs with -Dgosafe.lincheck.stress=true");
    Budget.stress().check(getClass());
  }
}
