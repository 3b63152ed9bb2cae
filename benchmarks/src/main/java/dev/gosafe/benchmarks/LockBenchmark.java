package dev.gosafe.benchmarks;

import dev.gosafe.Mutex;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
 * W5 ({@code tasks=1}, uncontended) and W6 ({@code tasks=4}, contended): {@code tasks} virtual-
 * thread tasks each do OPS / tasks times lock, increment a guarded counter, unlock; one operation
 * is one lock/unlock pair. The lock is used through its concrete class (no interface dispatch).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LockBenchmark {
  static final int OPS = 1_000_000;

  @Param({"gosafe", "reentrantLock"})
  public String contender;

  @Param({"1", "4"})
  public int tasks;

  private VirtualCrew crew;
  private long counter; // guarded by the lock under test

  @Setup(Level.Trial)
  public void setUp() {
    final int each = OPS / tasks;
    switch (contender) {
      case "gosafe" -> {
        Mutex mu = new Mutex();
        crew = new VirtualCrew("w5w6-gosafe", tasks, m -> {
          for (int i = 0; i < each; i++) {
            mu.lock();
            try {
              counter++;
            } finally {
              mu.unlock();
            }
          }
        });
      }
      case "reentrantLock" -> {
        ReentrantLock mu = new ReentrantLock();
        crew = new VirtualCrew("w5w6-rl", tasks, m -> {
          for (int i = 0; i < each; i++) {
            mu.lock();
            try {
              counter++;
            } finally {
              mu.unlock();
            }
          }
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
  @OperationsPerInvocation(OPS)
  public void lockUnlock(Blackhole bh) {
    crew.runBatch();
    bh.consume(counter);
  }
}
