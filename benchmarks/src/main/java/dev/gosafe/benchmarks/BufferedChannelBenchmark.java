package dev.gosafe.benchmarks;

import com.softwaremill.jox.Channel;
import dev.gosafe.Chan;
import java.util.concurrent.ArrayBlockingQueue;
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
 * W2 ({@code pairs=1}), W3 ({@code pairs=4}) and W3 scaling ({@code pairs} = 1, 2, 4, 8, 16): a
 * buffered channel of capacity 64 with {@code pairs} producer tasks and {@code pairs} consumer
 * tasks; one operation is one message sent and received. Each producer sends and each consumer
 * receives exactly MESSAGES / pairs values per invocation (MESSAGES is divisible by every pairs
 * value), so every loop is bounded. With more tasks than cores this measures the wake-up cost per
 * message. {@code -p pairs=1,4} runs only the headline W2/W3 rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BufferedChannelBenchmark {
  static final int MESSAGES = 100_000;
  static final int CAPACITY = 64;

  @Param({"gosafe", "jox", "arrayBlockingQueue"})
  public String contender;

  @Param({"1", "2", "4", "8", "16"})
  public int pairs;

  private VirtualCrew crew;
  private Runnable closer = () -> {};
  private long[] sums;

  @Setup(Level.Trial)
  public void setUp() {
    if (MESSAGES % pairs != 0) {
      throw new IllegalArgumentException("pairs must divide " + MESSAGES);
    }
    final int each = MESSAGES / pairs;
    final int p = pairs;
    sums = new long[2 * p];
    switch (contender) {
      case "gosafe" -> {
        Chan<Integer> ch = Chan.make(CAPACITY);
        closer = ch::close;
        crew = new VirtualCrew("w2w3-gosafe", 2 * p, m -> {
          long sum = 0;
          if (m < p) {
            for (int i = 0; i < each; i++) {
              ch.send(Values.of(i));
            }
          } else {
            for (int i = 0; i < each; i++) {
              sum += ch.recv();
            }
          }
          sums[m] = sum;
        });
      }
      case "jox" -> {
        Channel<Integer> ch = Channel.newBufferedChannel(CAPACITY);
        closer = () -> ch.errorOrClosed(new IllegalStateException("teardown"));
        crew = new VirtualCrew("w2w3-jox", 2 * p, m -> {
          long sum = 0;
          if (m < p) {
            for (int i = 0; i < each; i++) {
              ch.send(Values.of(i));
            }
          } else {
            for (int i = 0; i < each; i++) {
              sum += ch.receive();
            }
          }
          sums[m] = sum;
        });
      }
      case "arrayBlockingQueue" -> {
        ArrayBlockingQueue<Integer> q = new ArrayBlockingQueue<>(CAPACITY);
        crew = new VirtualCrew("w2w3-abq", 2 * p, m -> {
          long sum = 0;
          if (m < p) {
            for (int i = 0; i < each; i++) {
              q.put(Values.of(i));
            }
          } else {
            for (int i = 0; i < each; i++) {
              sum += q.take();
            }
          }
          sums[m] = sum;
        });
      }
      default -> throw new IllegalArgumentException(contender);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    closer.run();
    crew.close();
  }

  @Benchmark
  @OperationsPerInvocation(MESSAGES)
  public void buffered64(Blackhole bh) {
    crew.runBatch();
    bh.consume(sums[sums.length - 1]);
  }
}
