package dev.gosafe.lincheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosafe.Chan;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of a channel's non-blocking operations: send and receive through a
 * one-channel {@code select} with {@code default}, close, len and cap, checked against the same
 * operations run one at a time (Lincheck's default sequential specification). Covers the channel
 * lock's critical sections, select's fast path and pass 1, the ring buffer, and close. One
 * test class per capacity (Lincheck instantiates the class with its no-argument constructor):
 * {@link UnbufferedChanLinearizabilityTest}, {@link Capacity1ChanLinearizabilityTest}, {@link
 * Capacity2ChanLinearizabilityTest}.
 */
@Param(name = "value", gen = IntGen.class, conf = "1:3")
abstract class ChanLinearizability {
  private final Chan<Integer> ch;

  ChanLinearizability(int capacity) {
    ch = Chan.make(capacity);
  }

  @Operation
  public String trySend(@Param(name = "value") int v) {
    return NonBlocking.trySend(ch, v);
  }

  @Operation
  public String tryRecv() {
    return NonBlocking.tryRecv(ch);
  }

  @Operation
  public String close() {
    return NonBlocking.close(ch);
  }

  @Operation
  public int len() {
    return ch.len();
  }

  @Operation
  public int cap() {
    return ch.cap();
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
