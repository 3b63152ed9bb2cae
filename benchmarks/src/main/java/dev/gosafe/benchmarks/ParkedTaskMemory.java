package dev.gosafe.benchmarks;

import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/*
 * W4m: heap bytes held by one parked task.
 *
 * What it measures: N gosafe tasks (Go.go), each blocked in recv() on one shared unbuffered
 * channel, against N raw virtual threads (Thread.ofVirtual()), each parked in LockSupport.park().
 * For each kind: System.gc() until the used heap settles, start the N, wait until all have reached
 * their blocking call plus a settling pause, System.gc() again, and take (used after - used
 * before) / N from the MemoryMXBean. Then the tasks are released (channel closed / flag and
 * unpark) and joined. Several rounds, alternating the two kinds; the median is reported.
 *
 * What is counted: everything reachable only because the task exists and is parked: the Thread
 * object and its continuation, the parked stack (a virtual thread's frames live on the heap, in
 * stack chunks, while it is unmounted), and for gosafe the Task, its name, its Blocking record and
 * registry entry and the channel's wait node. Not counted: the arrays that hold the N handles
 * (allocated before the baseline) and off-heap memory. Issue 7's target: under 1 KB per parked
 * gosafe task.
 *
 * Run (from the repository root, after building the jar):
 *   scripts/mvn -B -q -o -Dgosafe.target=target -pl benchmarks -am -DskipTests package
 *   /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx2g \
 *     -cp benchmarks/target/benchmarks.jar dev.gosafe.benchmarks.ParkedTaskMemory [N] [rounds]
 * Defaults: N = 100000, rounds = 5. With -Dchannel=own each gosafe task waits on a channel of
 * its own, allocated before the baseline (so not counted): no task contends for a channel lock on
 * its way to parking. (With one shared channel many of the 100,000 tasks first park in the
 * channel's lock while they all start at once; their stack chunk is then sized for that deeper
 * stack and kept: ~690 B instead of ~430 B per task.) With -Dhold=gosafe (or raw) it stops once
 * with that kind parked and prints its pid, for `jcmd <pid> GC.class_histogram`; press Enter to
 * go on. -Dwarmups=K runs K unreported warm-up rounds of each kind first (default 1).
 */
/** W4m: heap bytes per parked gosafe task and per parked raw virtual thread. */
public final class ParkedTaskMemory {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  /** -Dchannel=own: each gosafe task waits on its own channel (allocated before the baseline). */
  private static final boolean OWN_CHANNELS = "own".equals(System.getProperty("channel"));

  private ParkedTaskMemory() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String hold = System.getProperty("hold", "");
    double[] gosafe = new double[rounds];
    double[] raw = new double[rounds];
    // Warm-up rounds (class loading, JIT, the scheduler's own structures), not reported: one by
    // default, -Dwarmups=K for K. A parked task's stack chunk holds its frames as they were when
    // it froze: interpreted or C1 frames (before C2 has compiled the channel path, or after a
    // deoptimization) are larger than C2 frames, so the chunk shrinks as the JIT settles.
    int warmups = Integer.getInteger("warmups", 1);
    for (int w = 0; w < warmups; w++) {
      gosafeRound(n, false);
      rawRound(n, false);
    }
    for (int r = 0; r < rounds; r++) {
      gosafe[r] = gosafeRound(n, r == 0 && hold.equals("gosafe"));
      raw[r] = rawRound(n, r == 0 && hold.equals("raw"));
      System.out.printf(
          "round %d: gosafe %.0f B/task, raw virtual thread %.0f B/task%n",
          r + 1, gosafe[r], raw[r]);
    }
    System.out.printf(
        "W4m, %d parked tasks, median of %d rounds: gosafe task blocked in Chan.recv (%s channel)"
            + " %.0f B/task;"
            + " raw virtual thread in LockSupport.park %.0f B/task; gosafe - raw = %.0f B%n",
        n,
        rounds,
        OWN_CHANNELS ? "own" : "one shared",
        median(gosafe),
        median(raw),
        median(gosafe) - median(raw));
  }

  /** Bytes per gosafe task blocked in recv() on one shared unbuffered channel. */
  private static double gosafeRound(int n, boolean hold) throws Exception {
    Task[] tasks = new Task[n];
    AtomicInteger arrived = new AtomicInteger();
    Chan<Integer> shared = Chan.make();
    @SuppressWarnings("unchecked")
    Chan<Integer>[] own = OWN_CHANNELS ? new Chan[n] : null;
    if (own != null) {
      for (int i = 0; i < n; i++) {
        own[i] = Chan.make(); // before the baseline: the channels are not counted
      }
    }
    long before = settledUsedHeap();
    for (int i = 0; i < n; i++) {
      Chan<Integer> ch = own != null ? own[i] : shared;
      tasks[i] =
          Go.go(
              () -> {
                arrived.incrementAndGet();
                ch.recv(); // returns null once the channel is closed
              });
    }
    awaitArrived(arrived, n);
    long after = settledUsedHeap();
    if (hold) {
      holdForHistogram("gosafe");
    }
    shared.close();
    if (own != null) {
      for (Chan<Integer> c : own) {
        c.close();
      }
    }
    for (Task t : tasks) {
      if (!t.join(Duration.ofSeconds(30))) {
        throw new IllegalStateException("a gosafe task did not end: " + t.name());
      }
    }
    return (after - before) / (double) n;
  }

  /** Bytes per raw virtual thread parked in LockSupport.park(). */
  private static double rawRound(int n, boolean hold) throws Exception {
    Thread[] threads = new Thread[n];
    AtomicInteger arrived = new AtomicInteger();
    Released released = new Released();
    long before = settledUsedHeap();
    for (int i = 0; i < n; i++) {
      threads[i] =
          Thread.ofVirtual()
              .start(
                  () -> {
                    arrived.incrementAndGet();
                    while (!released.flag) {
                      LockSupport.park(released);
                    }
                  });
    }
    awaitArrived(arrived, n);
    long after = settledUsedHeap();
    if (hold) {
      holdForHistogram("raw");
    }
    released.flag = true;
    for (Thread t : threads) {
      LockSupport.unpark(t);
    }
    for (Thread t : threads) {
      if (!t.join(Duration.ofSeconds(30))) {
        throw new IllegalStateException("a virtual thread did not end: " + t);
      }
    }
    return (after - before) / (double) n;
  }

  /** The release flag of the raw threads. */
  private static final class Released {
    volatile boolean flag;
  }

  /** Waits until n tasks have reached their blocking call, then lets them settle into it. */
  private static void awaitArrived(AtomicInteger arrived, int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (arrived.get() < n) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + arrived.get() + " of " + n + " tasks started");
      }
      Thread.sleep(10);
    }
    Thread.sleep(500); // each arrived task is microseconds away from parking
  }

  /** Used heap after full collections, once two consecutive readings agree within 64 KB. */
  private static long settledUsedHeap() throws InterruptedException {
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(50);
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (Math.abs(used - last) < 64 * 1024) {
        return used;
      }
      last = used;
    }
    return last;
  }

  private static void holdForHistogram(String kind) throws Exception {
    System.out.println(
        "holding " + kind + " tasks parked; pid " + ProcessHandle.current().pid()
            + ": jcmd <pid> GC.class_histogram, then press Enter");
    System.in.read();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
