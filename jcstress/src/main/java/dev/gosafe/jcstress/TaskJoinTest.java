package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.Go;
import dev.gosafe.Task;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Task join: two joiners push themselves on the task's joiner stack (CAS) while the body ends and
 * swaps in the ENDED sentinel (getAndSet). Both joins return, and both see the body's write.
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "both joins returned after the body")
@Outcome(expect = FORBIDDEN, desc = "a join returned without the body's write")
@State
public class TaskJoinTest {
  private int x;
  private final Task task = Go.go(() -> x = 1);

  @Actor
  public void joiner1(II_Result r) {
    task.join();
    r.r1 = x;
  }

  @Actor
  public void joiner2(II_Result r) {
    task.join();
    r.r2 = x;
  }
}
