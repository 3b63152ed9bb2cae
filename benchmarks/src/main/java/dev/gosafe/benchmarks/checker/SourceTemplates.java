package dev.gosafe.benchmarks.checker;

import java.util.List;

/**
 * The method templates of {@link SourceSetGenerator}. Placeholders: {@code $M} the method's index
 * in its class (keeps names unique), {@code $N} 2–8, {@code $K} 3–32, {@code $CAP} 1–16,
 * {@code $MS} 10–499, {@code $S} 0–999.
 */
final class SourceTemplates {
  private SourceTemplates() {}

  static final String IMPORTS = """
      import dev.gosafe.CancelContext;
      import dev.gosafe.Chan;
      import dev.gosafe.Context;
      import dev.gosafe.ErrGroup;
      import dev.gosafe.Go;
      import dev.gosafe.Locked;
      import dev.gosafe.Mutex;
      import dev.gosafe.Once;
      import dev.gosafe.RWMutex;
      import dev.gosafe.Select;
      import dev.gosafe.WaitGroup;
      import java.time.Duration;
      import java.util.ArrayList;
      import java.util.HashMap;
      import java.util.List;
      import java.util.Locale;
      import java.util.Map;
      import java.util.TreeMap;
      import java.util.concurrent.Callable;
      import java.util.concurrent.CompletableFuture;
      import java.util.concurrent.ExecutionException;
      import java.util.concurrent.ExecutorService;
      import java.util.concurrent.Executors;
      import java.util.concurrent.Future;
      import java.util.concurrent.TimeUnit;
      import java.util.concurrent.atomic.AtomicLong;
      import java.util.concurrent.locks.ReentrantLock;
      import java.util.stream.Collectors;
      """;

  static final String FIELDS = """
        private final Mutex mu = new Mutex();
        private final ReentrantLock lock = new ReentrantLock();
        private final RWMutex rw = new RWMutex();
        private final Object monitor = new Object();
        private final Once once = new Once();
        private final Map<String, Integer> counts = new HashMap<>();
        private long total;
        private int hits;
        private String label = "";

      """;

  /** Correct code: what most methods of a code base look like. */
  static final List<String> CORRECT = List.of(
      """
        void addAll$M(List<Integer> values) {
          mu.lock();
          try {
            for (int v : values) {
              total += v * $K;
            }
            hits++;
          } finally {
            mu.unlock();
          }
        }

      """,
      """
        long fanOut$M(List<String> urls) {
          WaitGroup wg = new WaitGroup();
          AtomicLong bytes = new AtomicLong();
          for (String u : urls) {
            wg.add(1);
            Go.go(() -> {
              try {
                bytes.addAndGet(u.length() * $K);
              } finally {
                wg.done();
              }
            });
          }
          wg.await();
          return bytes.get();
        }

      """,
      """
        int parallelSum$M(int[] data) {
          WaitGroup wg = new WaitGroup();
          int[] partial = new int[$N];
          for (int i = 0; i < $N; i++) {
            int slot = i;
            wg.go(() -> {
              for (int j = slot; j < data.length; j += $N) {
                partial[slot] += data[j];
              }
            });
          }
          wg.await();
          int sum = 0;
          for (int p : partial) {
            sum += p;
          }
          return sum;
        }

      """,
      """
        long pipeline$M() {
          Chan<Integer> ch = Chan.make($CAP);
          Go.go(() -> {
            try {
              for (int i = 0; i < $K; i++) {
                ch.send(i * $N);
              }
            } finally {
              ch.close();
            }
          });
          long sum = 0;
          for (int v : ch) {
            sum += v;
          }
          return sum;
        }

      """,
      """
        List<String> workers$M(List<String> jobs) {
          Chan<String> in = Chan.make($CAP);
          Chan<String> out = Chan.make(jobs.size());
          WaitGroup wg = new WaitGroup();
          for (int w = 0; w < $N; w++) {
            wg.go(() -> {
              for (String job : in) {
                out.send(job.toUpperCase(Locale.ROOT));
              }
            });
          }
          for (String j : jobs) {
            in.send(j);
          }
          in.close();
          wg.await();
          out.close();
          List<String> results = new ArrayList<>();
          for (String s : out) {
            results.add(s);
          }
          return results;
        }

      """,
      """
        String await$M(Context parent, Chan<String> replies) {
          CancelContext ctx = Context.withTimeout(parent, Duration.ofMillis($MS));
          try {
            String[] got = {null};
            Select.select(
                Select.recv(replies, v -> got[0] = v),
                Select.recv(ctx.done(), v -> got[0] = "timeout-$S"));
            return got[0];
          } finally {
            ctx.cancel();
          }
        }

      """,
      """
        int invoke$M(List<Callable<Integer>> tasks) throws InterruptedException {
          ExecutorService pool = Executors.newFixedThreadPool($N);
          try {
            int sum = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
              try {
                sum += f.get();
              } catch (ExecutionException e) {
                sum -= $K;
              }
            }
            return sum;
          } finally {
            pool.shutdown();
          }
        }

      """,
      """
        void submitAll$M(List<Runnable> jobs) throws InterruptedException {
          ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
          for (Runnable job : jobs) {
            pool.submit(job);
          }
          pool.shutdown();
          if (!pool.awaitTermination($MS, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
          }
        }

      """,
      """
        boolean tryRecord$M(String key) throws InterruptedException {
          if (!lock.tryLock($MS, TimeUnit.MILLISECONDS)) {
            return false;
          }
          try {
            counts.merge(key, $K, Integer::sum);
            return true;
          } finally {
            lock.unlock();
          }
        }

      """,
      """
        int lookup$M(String key) {
          rw.rLock();
          try {
            return counts.getOrDefault(key, $S);
          } finally {
            rw.rUnlock();
          }
        }

        void store$M(String key, int value) {
          rw.lock();
          try {
            counts.put(key, value + $K);
          } finally {
            rw.unlock();
          }
        }

      """,
      """
        long threads$M() throws InterruptedException {
          List<Thread> threads = new ArrayList<>();
          for (int i = 0; i < $N; i++) {
            Thread t = new Thread(() -> {
              synchronized (monitor) {
                total += $K;
              }
            });
            t.start();
            threads.add(t);
          }
          for (Thread t : threads) {
            t.join();
          }
          synchronized (monitor) {
            return total;
          }
        }

      """,
      """
        void group$M(List<String> names) {
          ErrGroup g = new ErrGroup();
          for (String n : names) {
            g.go(() -> {
              if (n.isEmpty()) {
                throw new IllegalArgumentException("empty name in group $S");
              }
              mu.lock();
              try {
                label = label + n.charAt(0);
              } finally {
                mu.unlock();
              }
            });
          }
          g.await();
        }

      """,
      """
        void init$M() {
          once.run(() -> counts.put("init-$S", $K));
        }

        void bump$M() {
          try (Locked held = mu.locked()) {
            hits += $K;
          }
        }

      """,
      """
        static String describe$M(int code, List<String> parts) {
          StringBuilder sb = new StringBuilder();
          switch (code % 4) {
            case 0 -> sb.append("zero");
            case 1 -> sb.append("one");
            case 2 -> sb.append("two");
            default -> sb.append("many");
          }
          for (int i = 0; i < parts.size() && i < $K; i++) {
            if (i > 0) {
              sb.append(',');
            }
            sb.append(parts.get(i).trim());
          }
          return sb.toString();
        }

      """,
      """
        Map<Integer, Long> histogram$M(List<String> words) {
          return words.stream()
              .filter(w -> w.length() > $N % 3)
              .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        }

        int async$M(int x) {
          CompletableFuture<Integer> f = CompletableFuture.supplyAsync(() -> x * $K);
          return f.join() + $S;
        }

      """,
      """
        int pingPong$M() {
          Chan<Integer> ping = Chan.make();
          Chan<Integer> pong = Chan.make();
          Go.go(() -> {
            for (int i = 0; i < $N; i++) {
              pong.send(ping.recv() + 1);
            }
          });
          int v = 0;
          for (int i = 0; i < $N; i++) {
            ping.send(v);
            v = pong.recv();
          }
          return v;
        }

      """,
      """
        String firstOf$M(Context parent) {
          Chan<String> result = Chan.make(1);
          Go.go(() -> result.send("value-$S"));
          CancelContext ctx = Context.withTimeout(parent, Duration.ofMillis($MS));
          try {
            String[] got = {"timeout"};
            Select.select(
                Select.recv(result, v -> got[0] = v),
                Select.recv(ctx.done(), v -> { }));
            return got[0];
          } finally {
            ctx.cancel();
          }
        }

      """,
      """
        void transfer$M(int amount) {
          mu.lock();
          try {
            synchronized (monitor) {
              total -= amount;
              hits += $N;
            }
          } finally {
            mu.unlock();
          }
        }

        static int checksum$M(byte[] data) {
          int h = $S;
          for (byte d : data) {
            h = 31 * h + (d & 0xff);
          }
          return h ^ (h >>> $N);
        }

      """);

  /** Buggy code: one of these goes into about one class in twelve. */
  static final List<String> BUGGY = List.of(
      """
        String leakyFirst$M(Context parent) {
          Chan<String> result = Chan.make();
          Go.go(() -> result.send("value-$S"));
          CancelContext ctx = Context.withTimeout(parent, Duration.ofMillis($MS));
          try {
            String[] got = {"timeout"};
            Select.select(
                Select.recv(result, v -> got[0] = v),
                Select.recv(ctx.done(), v -> { }));
            return got[0];
          } finally {
            ctx.cancel();
          }
        }

      """,
      """
        void unsafeAdd$M(List<String> values) {
          lock.lock();
          for (String v : values) {
            total += Integer.parseInt(v) * $K;
          }
          lock.unlock();
        }

      """,
      """
        void lateAdd$M(List<String> items) {
          WaitGroup wg = new WaitGroup();
          for (String it : items) {
            Go.go(() -> {
              wg.add(1);
              try {
                hits += it.length();
              } finally {
                wg.done();
              }
            });
          }
          wg.await();
        }

      """);
}
