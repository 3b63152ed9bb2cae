package dev.gosafe.lincheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosafe.WaitGroup;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of the WaitGroup counter (one CAS loop on the state word): {@code add} and
 * {@code done}, which refuse a negative result and leave the counter unchanged, against a
 * sequential non-negative counter. {@code await} appears only when it cannot block: {@code
 * awaitIfZeroed} is run by the last operation of a scenario after the counter is brought to zero,
 * so it exercises the fast path and the WAITING bit but never parks forever.
 */
@Param(name = "delta", gen = IntGen.class, conf = "-2:2")
public class WaitGroupLinearizabilityTest {
  private final WaitGroup wg = new WaitGroup();

  @Operation
  public String add(@Param(name = "delta") int delta) {
    try {
      wg.add(delta);
      return "ok";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Operation
  public String done() {
    try {
      wg.done();
      return "ok";
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
