package dev.gosafe.benchmarks;

import com.softwaremill.jox.Channel;
import dev.gosafe.Chan;
import dev.gosafe.Select;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * W8: one virtual-thread task runs SELECTS selects, each receiving from whichever of two buffered
 * channels it picks; both channels hold SELECTS values when an invocation starts, so both cases
 * are always ready and the select never parks. Between invocations (not measured) the channels are
 * topped up by exactly what was taken. The cases are built per select, as user code writes them
 * (both libraries allocate a case/clause object per call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SelectBenchmark {
  static final int SELECTS = 10_000;

  @Param({"gosafe", "jox"})
  public String contender;

  private VirtualCrew crew;
  private Runnable closer = () -> {};
  private Runnable refill = () -> {};
  private int takenA;
  private int takenB;

  @Setup(Level.Trial)
  public void setUp() throws InterruptedException {
    switch (contender) {
      case "gosafe" -> {
        Chan<Integer> a = Chan.make(SELECTS);
        Chan<Integer> b = Chan.make(SELECTS);
        for (int i = 0; i < SELECTS; i++) {
          a.send(Values.of(1));
          b.send(Values.of(2));
        }
        closer = () -> {
          a.close();
          b.close();
        };
        refill = () -> {
          for (int i = 0; i < takenA; i++) {
            a.send(Values.of(1));
          }
          for (int i = 0; i < takenB; i++) {
            b.send(Values.of(2));
          }
        };
        final int[] counts = new int[2];
        Consumer<Integer> onA = v -> counts[0]++;
        Consumer<Integer> onB = v -> counts[1]++;
        crew = new VirtualCrew("w8-gosafe", 1, m -> {
          counts[0] = 0;
          counts[1] = 0;
          for (int i = 0; i < SELECTS; i++) {
            Select.select(Select.recv(a, onA), Select.recv(b, onB));
          }
          takenA = counts[0];
          takenB = counts[1];
        });
      }
      case "jox" -> {
        Channel<Integer> a = Channel.newBufferedChannel(SELECTS);
        Channel<Integer> b = Channel.newBufferedChannel(SELECTS);
        for (int i = 0; i < SELECTS; i++) {
          a.send(Values.of(1));
          b.send(Values.of(2));
        }
        closer = () -> {
          a.errorOrClosed(new IllegalStateException("teardown"));
          b.errorOrClosed(new IllegalStateException("teardown"));
        };
        refill = () -> {
          try {
            for (int i = 0; i < takenA; i++) {
              a.send(Values.of(1));
            }
            for (int i = 0; i < takenB; i++) {
              b.send(Values.of(2));
            }
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        };
        Function<Integer, Integer> onA = v -> 0;
        Function<Integer, Integer> onB = v -> 1;
        crew = new VirtualCrew("w8-jox", 1, m -> {
          int ca = 0;
          int cb = 0;
          for (int i = 0; i < SELECTS; i++) {
            int which = com.softwaremill.jox.Select.select(a.receiveClause(onA), b.receiveClause(onB));
            if (which == 0) {
              ca++;
            } else {
              cb++;
            }
          }
          takenA = ca;
          takenB = cb;
        });
      }
      default -> throw new IllegalArgumentException(contender);
    }
  }

  /** Tops both channels up to SELECTS values again; runs outside the measured time. */
  @Setup(Level.Invocation)
  public void topUp() {
    refill.run();
    takenA = 0;
    takenB = 0;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    closer.run();
    crew.close();
  }

  @Benchmark
  @OperationsPerInvocation(SELECTS)
  public void w8Select(Blackhole bh) {
    crew.runBatch();
    bh.consume(takenA);
    bh.consume(takenB);
  }
}
