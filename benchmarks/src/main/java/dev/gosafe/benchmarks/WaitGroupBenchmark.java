package dev.gosafe.benchmarks;

import dev.gosafe.WaitGroup;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * W7: a counter shared by TASKS virtual-thread tasks.
 *
 * <ul>
 *   <li>{@code gosafe} vs {@code phaser}: each task does OPS / TASKS times {@code wg.add(1);
 *       wg.done()} (Phaser: {@code register(); arriveAndDeregister()}, on a phaser that keeps one
 *       never-arriving party so it never advances); one operation is one add/done pair.
 *   <li>{@code gosafeDoneAwait} vs {@code countDownLatch}: a CountDownLatch cannot be incremented, so
 *       this pair counts down instead: before each invocation the counter is set to OPS ({@code
 *       wg.add(OPS)} / a new latch), each task does OPS / TASKS {@code done()} / {@code countDown()}
 *       and then awaits zero; one operation is one done.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WaitGroupBenchmark {
  static final int OPS = 1_000_000;
  static final int TASKS = 4;

  @Param({"gosafe", "phaser", "gosafeDoneAwait", "countDownLatch"})
  public String contender;

  private VirtualCrew crew;
  private WaitGroup wg;
  private volatile CountDownLatch latch;

  @Setup(Level.Trial)
  public void setUp() {
    final int each = OPS / TASKS;
    switch (contender) {
      case "gosafe" -> {
        wg = new WaitGroup();
        crew = new VirtualCrew("w7-gosafe", TASKS, m -> {
          for (int i = 0; i < each; i++) {
            wg.add(1);
            wg.done();
          }
        });
      }
      case "phaser" -> {
        Phaser ph = new Phaser(1);
        crew = new VirtualCrew("w7-phaser", TASKS, m -> {
          for (int i = 0; i < each; i++) {
            ph.register();
            ph.arriveAndDeregister();
          }
        });
      }
      case "gosafeDoneAwait" -> {
        wg = new WaitGroup();
        crew = new VirtualCrew("w7-gosafe-done", TASKS, m -> {
          for (int i = 0; i < each; i++) {
            wg.done();
          }
          wg.await();
        });
      }
      case "countDownLatch" -> {
        crew = new VirtualCrew("w7-latch", TASKS, m -> {
          CountDownLatch l = latch;
          for (int i = 0; i < each; i++) {
            l.countDown();
          }
          l.await();
        });
      }
      default -> throw new IllegalArgumentException(contender);
    }
  }

  @Setup(Level.Invocation)
  public void arm() {
    switch (contender) {
      case "gosafeDoneAwait" -> wg.add(OPS);
      case "countDownLatch" -> latch = new CountDownLatch(OPS);
      default -> {}
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    crew.close();
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public void w7AddDone(Blackhole bh) {
    crew.runBatch();
    bh.consume(wg);
  }
}
