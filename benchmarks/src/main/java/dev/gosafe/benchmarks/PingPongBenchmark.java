package dev.gosafe.benchmarks;

import com.softwaremill.jox.Channel;
import dev.gosafe.Chan;
import java.util.concurrent.SynchronousQueue;
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
 * W1: unbuffered ping-pong between two virtual-thread tasks; one operation is one round trip
 * (ping sent and received, pong sent and received).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PingPongBenchmark {
  static final int ROUND_TRIPS = 10_000;

  @Param({"gosafe", "jox", "synchronousQueue"})
  public String contender;

  private VirtualCrew crew;
  private Runnable closer = () -> {};
  private final long[] sums = new long[2];

  @Setup(Level.Trial)
  public void setUp() {
    switch (contender) {
      case "gosafe" -> {
        Chan<Integer> ping = Chan.make();
        Chan<Integer> pong = Chan.make();
        closer = () -> {
          ping.close();
          pong.close();
        };
        crew = new VirtualCrew("w1-gosafe", 2, m -> {
          long sum = 0;
          if (m == 0) {
            for (int i = 0; i < ROUND_TRIPS; i++) {
              ping.send(Values.of(i));
              sum += pong.recv();
            }
          } else {
            for (int i = 0; i < ROUND_TRIPS; i++) {
              pong.send(ping.recv());
            }
          }
          sums[m] = sum;
        });
      }
      case "jox" -> {
        Channel<Integer> ping = Channel.newRendezvousChannel();
        Channel<Integer> pong = Channel.newRendezvousChannel();
        closer = () -> {
          ping.errorOrClosed(new IllegalStateException("teardown"));
          pong.errorOrClosed(new IllegalStateException("teardown"));
        };
        crew = new VirtualCrew("w1-jox", 2, m -> {
          long sum = 0;
          if (m == 0) {
            for (int i = 0; i < ROUND_TRIPS; i++) {
              ping.send(Values.of(i));
              sum += pong.receive();
            }
          } else {
            for (int i = 0; i < ROUND_TRIPS; i++) {
              pong.send(ping.receive());
            }
          }
          sums[m] = sum;
        });
      }
      case "synchronousQueue" -> {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        crew = new VirtualCrew("w1-sq", 2, m -> {
          long sum = 0;
          if (m == 0) {
            for (int i = 0; i < ROUND_TRIPS; i++) {
              ping.put(Values.of(i));
              sum += pong.take();
            }
          } else {
            for (int i = 0; i < ROUND_TRIPS; i++) {
              pong.put(ping.take());
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
    closer.run(); // wakes anything still blocked in a channel
    crew.close(); // interrupts anything blocked in a JDK queue
  }

  @Benchmark
  @OperationsPerInvocation(ROUND_TRIPS)
  public void w1PingPong(Blackhole bh) {
    crew.runBatch();
    bh.consume(sums[0]);
  }
}
