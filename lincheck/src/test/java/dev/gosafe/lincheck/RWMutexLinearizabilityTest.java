package dev.gosafe.lincheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosafe.RWMutex;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of the non-blocking {@link RWMutex} operations ({@code tryLock}, {@code
 * tryRLock}, {@code unlock}, {@code rUnlock}) against a sequential reader count and writer flag.
 */
public class RWMutexLinearizabilityTest {
  private final RWMutex rw = new RWMutex();

  @Operation
  public boolean tryLock() {
    return rw.tryLock();
  }

  @Operation
  public boolean tryRLock() {
    return rw.tryRLock();
  }

  @Operation
  public String unlock() {
    try {
      rw.unlock();
      return "unlocked";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Operation
  public String rUnlock() {
    try {
      rw.rUnlock();
      return "rUnlocked";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Test
  void modelChecking() {
    Budget.modelChecking().check(getClass());
  }

  @Test
  void stress() {
    assumeTrue(Budget.STRESS, "stress mode runs with -Dgosafe.lincheck.stress=true");
    Budget.stress().check(getClass());
  }
}
