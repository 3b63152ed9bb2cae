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

/*
 * W3 scaling: how a buffered channel's throughput holds up as tasks are added.
 *
 * What it measures: one buffered channel (capacity 64) shared by `pairs` producer tasks and
 * `pairs` consumer tasks, all virtual threads, for pairs = 1, 2, 4, 8, 16 (2 to 32 tasks); one
 * operation is one message sent and received, reported as messages per second. pairs = 1 is W2,
 * pairs = 4 is W3 (the same workload as BufferedChannelBenchmark, which is kept at 1 and 4 for the
 * headline table). Contenders: gosafe Chan, jox Channel, java.util.concurrent.ArrayBlockingQueue.
 * Each producer sends and each consumer receives exactly MESSAGES / pairs values per invocation
 * (MESSAGES is divisible by every pairs value), so every loop is bounded; the crew (VirtualCrew)
 * is started once per trial. On a machine with fewer cores than tasks, this measures how each
 * structure behaves when most tasks are parked at any moment: the wake-up cost per message.
 *
 * Run (from the repository root, after building the jar):
 *   scripts/mvn -B -q -o -Dgosafe.target=target -pl benchmarks -am -DskipTests package
 *   /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar benchmarks/target/benchmarks.jar \
 *     ScalingBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * Add e.g. `-p pairs=1,16` or `-p contender=gosafe` to run a subset.
 */
/** W3 scaling: buffered(64) channel throughput with 1 to 16 producer/consumer pairs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScalingBenchmark {
  static final int MESSAGES = 100_000; // divisible by 1, 2, 4, 8, 16; as BufferedChannelBenchmark
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
    String name = "w3scale-" + contender;
    switch (contender) {
      case "gosafe" -> {
        Chan<Integer> ch = Chan.make(CAPACITY);
        closer = ch::close;
        crew = new VirtualCrew(name, 2 * p, m -> {
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
        crew = new VirtualCrew(name, 2 * p, m -> {
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
        crew = new VirtualCrew(name, 2 * p, m -> {
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
