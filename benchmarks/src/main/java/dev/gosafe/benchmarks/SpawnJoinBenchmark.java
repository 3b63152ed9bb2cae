package dev.gosafe.benchmarks;

import dev.gosafe.Go;
import dev.gosafe.Task;
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
 * W4: one virtual-thread task starts TASKS tasks, then joins them all; the score is time per task
 * (start + run + join). Each task writes one array slot, so its body cannot be elided.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpawnJoinBenchmark {
  static final int TASKS = 100_000;

  @Param({"gosafe", "virtualThread"})
  public String contender;

  private VirtualCrew crew;
  private final int[] slots = new int[TASKS];
  private long sum;

  @Setup(Level.Trial)
  public void setUp() {
    switch (contender) {
      case "gosafe" -> {
        Task[] tasks = new Task[TASKS];
        crew = new VirtualCrew("w4-gosafe", 1, m -> {
          for (int i = 0; i < TASKS; i++) {
            final int k = i;
            tasks[i] = Go.go(() -> slots[k] = k);
          }
          for (int i = 0; i < TASKS; i++) {
            tasks[i].join();
            tasks[i] = null;
          }
          sum += slots[TASKS - 1];
        });
      }
      case "virtualThread" -> {
        Thread[] threads = new Thread[TASKS];
        crew = new VirtualCrew("w4-vt", 1, m -> {
          for (int i = 0; i < TASKS; i++) {
            final int k = i;
            threads[i] = Thread.ofVirtual().start(() -> slots[k] = k);
          }
          for (int i = 0; i < TASKS; i++) {
            threads[i].join();
            threads[i] = null;
          }
          sum += slots[TASKS - 1];
        });
      }
      default -> throw new IllegalArgumentException(contender);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    crew.close();
  }

  @Benchmark
  @OperationsPerInvocation(TASKS)
  public void w4SpawnJoin(Blackhole bh) {
    crew.runBatch();
    bh.consume(sum);
  }
}
