package dev.gosafe.lincheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosafe.Once;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link Once#run}: every call returns after the first function completed, and
 * only that one ran. Each operation returns how many functions have run, read after {@code run}
 * returns; sequentially that is always 1.
 */
public class OnceLinearizabilityTest {
  private final Once once = new Once();
  private int runs;

  @Operation
  public int run() {
    once.run(() -> runs++);
    return runs;
  }

  @Test
  void modelChecking() {
    Budget.modelChecking3().check(getClass());
  }

  @Test
  void stress() {
    assumeTrue(Budget.STRESS, "stress mode runs with -Dgosafe.lincheck.stress=true");
    Budget.stress().check(getClass());
  }
}
