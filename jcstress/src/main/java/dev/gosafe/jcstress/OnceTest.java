package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Once;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Once: volatile done fast path vs the mutex slow path. The function runs once, and both callers
 * return only after it completed, seeing its write (42).
 */
@JCStressTest
@Outcome(id = "42, 42, 1", expect = ACCEPTABLE, desc = "ran once, both see its effect")
@Outcome(expect = FORBIDDEN, desc = "ran twice, or a caller returned before it completed")
@State
public class OnceTest {
  private final Once once = new Once();
  private int runs;
  private int v;

  private void f() {
    runs++;
    v = 42;
  }

  @Actor
  public void actor1(III_Result r) {
    once.run(this::f);
    r.r1 = v;
  }

  @Actor
  public void actor2(III_Result r) {
    once.run(this::f);
    r.r2 = v;
  }

  @Arbiter
  public void arbiter(III_Result r) {
    r.r3 = runs;
  }
}
