package dev.gosafe.benchmarks;

import com.softwaremill.jox.Channel;
import dev.gosafe.Chan;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
 *
 * <p>Contender {@code parkUnparkFloor} is not a peer but a reference: the cheapest blocking
 * hand-off there is on this JVM (one volatile slot per direction, the receiver parks until the
 * slot is full, the sender always unparks it; no queue, no lock, no spinning). It is a one-slot
 * mailbox, not a rendezvous: its sender never waits, so when both tasks run in parallel it parks
 * less often than any unbuffered channel can. See
 * docs/adr/0008-rendezvous-parks-without-yield-or-spin.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PingPongBenchmark {
  static final int ROUND_TRIPS = 10_000;

  @Param({"gosafe", "jox", "synchronousQueue", "parkUnparkFloor"})
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
      case "parkUnparkFloor" -> {
        ParkSlot ping = new ParkSlot();
        ParkSlot pong = new ParkSlot();
        crew = new VirtualCrew("w1-floor", 2, m -> {
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

  /**
   * One-slot hand-off between one putter and one taker, for the floor contender. The taker
   * publishes itself, then parks until the slot is full (Dekker with the putter's write of the
   * slot followed by its read of the taker, both volatile). Interruption ends a take.
   */
  static final class ParkSlot {
    private volatile Integer item;
    private volatile Thread taker;

    void put(Integer v) {
      item = v;
      Thread t = taker;
      if (t != null) {
        LockSupport.unpark(t);
      }
    }

    Integer take() throws InterruptedException {
      taker = Thread.currentThread();
      Integer v;
      while ((v = item) == null) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
      item = null;
      return v;
    }
  }
}
