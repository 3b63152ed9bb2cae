package dev.gosafe.benchmarks;

import com.softwaremill.jox.Channel;
import dev.gosafe.Chan;
import java.util.concurrent.LinkedTransferQueue;
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

  @Param({"gosafe", "jox", "synchronousQueue", "linkedTransferQueue", "parkUnparkFloor"})
  public String contender;

  /**
   * Independent ping-pong pairs sharing the carriers; the {@link #ROUND_TRIPS} of a batch are
   * split evenly among them. The standard W1 is 1; 16 oversubscribes the carriers (a waiter's
   * partner is usually queued, not running), the case where spinning before a park must not hurt.
   */
  @Param({"1"})
  public int pairs;

  /**
   * {@link Blackhole#consumeCPU} tokens the echoing task burns per message before answering. The
   * standard W1 is 0; a few hundred make a slow partner that no bounded spin can wait for.
   */
  @Param({"0"})
  public long echoWork;

  private VirtualCrew crew;
  private Runnable closer = () -> {};
  private long[] sums;

  /** One direction of one pair, for every contender. */
  interface Pipe {
    void put(Integer v) throws Exception;

    Integer take() throws Exception;
  }

  @Setup(Level.Trial)
  public void setUp() {
    if (ROUND_TRIPS % pairs != 0) {
      throw new IllegalArgumentException("pairs must divide " + ROUND_TRIPS);
    }
    final int each = ROUND_TRIPS / pairs;
    final long work = echoWork;
    sums = new long[2 * pairs];
    Pipe[] pings = new Pipe[pairs];
    Pipe[] pongs = new Pipe[pairs];
    Runnable[] closers = new Runnable[2 * pairs];
    for (int i = 0; i < pairs; i++) {
      switch (contender) {
        case "gosafe" -> {
          Chan<Integer> ping = Chan.make();
          Chan<Integer> pong = Chan.make();
          pings[i] = pipe(ping::send, ping::recv);
          pongs[i] = pipe(pong::send, pong::recv);
          closers[2 * i] = ping::close;
          closers[2 * i + 1] = pong::close;
        }
        case "jox" -> {
          Channel<Integer> ping = Channel.newRendezvousChannel();
          Channel<Integer> pong = Channel.newRendezvousChannel();
          pings[i] = pipe(ping::send, ping::receive);
          pongs[i] = pipe(pong::send, pong::receive);
          closers[2 * i] = () -> ping.errorOrClosed(new IllegalStateException("teardown"));
          closers[2 * i + 1] = () -> pong.errorOrClosed(new IllegalStateException("teardown"));
        }
        case "synchronousQueue" -> {
          SynchronousQueue<Integer> ping = new SynchronousQueue<>();
          SynchronousQueue<Integer> pong = new SynchronousQueue<>();
          pings[i] = pipe(ping::put, ping::take);
          pongs[i] = pipe(pong::put, pong::take);
        }
        case "linkedTransferQueue" -> {
          // transfer() waits until a consumer takes the element: a rendezvous, as put() on a
          // SynchronousQueue (which JDK 21+ builds on the same transfer code).
          LinkedTransferQueue<Integer> ping = new LinkedTransferQueue<>();
          LinkedTransferQueue<Integer> pong = new LinkedTransferQueue<>();
          pings[i] = pipe(ping::transfer, ping::take);
          pongs[i] = pipe(pong::transfer, pong::take);
        }
        case "parkUnparkFloor" -> {
          ParkSlot ping = new ParkSlot();
          ParkSlot pong = new ParkSlot();
          pings[i] = pipe(ping::put, ping::take);
          pongs[i] = pipe(pong::put, pong::take);
        }
        default -> throw new IllegalArgumentException(contender);
      }
    }
    closer = () -> {
      for (Runnable c : closers) {
        if (c != null) {
          c.run();
        }
      }
    };
    crew = new VirtualCrew("w1-" + contender, 2 * pairs, m -> {
      Pipe ping = pings[m / 2];
      Pipe pong = pongs[m / 2];
      long sum = 0;
      if (m % 2 == 0) {
        for (int i = 0; i < each; i++) {
          ping.put(Values.of(i));
          sum += pong.take();
        }
      } else {
        for (int i = 0; i < each; i++) {
          Integer v = ping.take();
          if (work != 0) {
            Blackhole.consumeCPU(work);
          }
          pong.put(v);
        }
      }
      sums[m] = sum;
    });
  }

  interface Put {
    void put(Integer v) throws Exception;
  }

  interface Take {
    Integer take() throws Exception;
  }

  private static Pipe pipe(Put put, Take take) {
    return new Pipe() {
      @Override
      public void put(Integer v) throws Exception {
        put.put(v);
      }

      @Override
      public Integer take() throws Exception {
        return take.take();
      }
    };
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
