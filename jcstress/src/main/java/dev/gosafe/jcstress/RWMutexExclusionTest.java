package dev.gosafe.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.gosafe.RWMutex;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/** RWMutex: a reader never overlaps a writer; it sees both writes or neither. */
@JCStressTest
@Outcome(id = {"0, 0", "1, 1"}, expect = ACCEPTABLE, desc = "reader before or after the writer")
@Outcome(expect = FORBIDDEN, desc = "reader overlapped the writer")
@State
public class RWMutexExclusionTest {
  private final RWMutex rw = new RWMutex();
  private int x;
  private int y;

  @Actor
  public void writer() {
    rw.lock();
    x = 1;
    y = 1;
    rw.unlock();
  }

  @Actor
  public void reader(II_Result r) {
    rw.rLock();
    r.r1 = x;
    r.r2 = y;
    rw.rUnlock();
  }
}
