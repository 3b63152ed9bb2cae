package dev.gosafe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/*
 * Maintainer note: the run-time deadlock detector. Design and rationale: docs/adr/0002.
 *
 * One daemon platform thread ("gosafe-deadlock-detector"), started when the first Blocking
 * record is registered. Every TICK it walks Blocking.ALL (keyed by Thread; volatile reads only;
 * prunes records of dead threads outside gosafe) and remembers, per record, since when it has
 * been in the same wait (watchSeq/watchSince/watchOld, detector-only fields). It analyses only
 * when a rule could apply (a lock wait older than DELAY, or every task in an untimed wait older
 * than DELAY) and something changed since the last analysis (a wait became old, a thread ended or
 * stopped running); else it re-analyses with a back-off doubling from DELAY up to 10 s (a creator
 * thread that died while nothing else changed is noticed that way):
 *
 *   Snapshot. A record is ASLEEP if it is in an untimed wait, the same wait (seq) for >= DELAY, the
 *   wait is not already satisfied (token: Waiter.done, SelectState winner, SyncNode granted, Task
 *   ended) and it is not `select {}`. Anything else is "may act".
 *
 *   Lock cycles (precise wait-for edges, no global condition). An asleep Mutex/RWMutex waiter has
 *   an edge to the asleep record of the holder (Mutex.holder(), RWMutex.holders()). Records on a
 *   cycle, and asleep lock waiters whose chain of holders reaches one, are doomed.
 *
 *   All asleep (Go's rule, with an explicit model of threads outside gosafe). Only if every task
 *   is ASLEEP. C := all asleep records; repeatedly drop a record whose wait someone outside C may
 *   still end: a join whose task is not in C; a channel/WaitGroup/lock whose creator thread is
 *   alive and not in C (a live creator outside gosafe may act: it made the object and may still
 *   use it); a lock whose known holder is alive and not in C; a context's done channel whose
 *   deadline timer is pending. If every task survives, C is doomed. Threads outside gosafe that
 *   neither created the object nor are blocked on gosafe operations are assumed not to use it:
 *   that is the documented limit of the rule (ADR 0002).
 *
 *   Consistency. Before firing, every record is read again: any change of a doomed record, and for
 *   the all-asleep rule any change at all (a task started or ended, a wait entered or left), aborts
 *   this round (the next tick retries).
 *
 *   Fire. Joiners of doomed tasks are left out (the task's end wakes them with its failure). Each
 *   doomed record gets the Report (message + TaskDump) and its thread is unparked; its park loop
 *   cancels the wait as for an interrupt and throws DeadlockException from the blocking call.
 *   A JFR event dev.gosafe.Deadlock is committed when JFR records it.
 */
final class Deadlocks {
  /** System property that switches detection off: {@code -Dgosafe.deadlockDetection=false}. */
  static final String PROPERTY = "gosafe.deadlockDetection";
  /** System property: how long (ms) a wait must last before it is analysed; default 250. */
  static final String DELAY_PROPERTY = "gosafe.deadlockDetection.delayMillis";

  static final boolean ENABLED = !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
  static final long DELAY_MILLIS = Math.max(10L, Long.getLong(DELAY_PROPERTY, 250L));
  private static final long DELAY = DELAY_MILLIS * 1_000_000L;
  private static final long TICK_NANOS = Math.max(5L, DELAY_MILLIS / 5) * 1_000_000L;

  private static final long MAX_BACKOFF = 10_000_000_000L;
  private static final int CANDIDATE = 1;
  private static final int NEWS = 2;
  private static final int NOTHING = 0;
  private static final int FIRED = 1;
  private static final int RETRY = 2;

  private static final AtomicBoolean STARTED = new AtomicBoolean();
  // Detector thread only: the registry's shape at the previous scan.
  private static int lastRecords;
  private static int lastRunning;
  private static final AtomicLong DETECTIONS = new AtomicLong();

  /** What a condemned wait throws: the message and the dump of the involved tasks. */
  record Report(String message, TaskDump dump) {}

  /** One record as read by one analysis. */
  private record Snap(Blocking b, String op, Object on, Object token, int seq, boolean asleep) {}

  private Deadlocks() {}

  /** Starts the detector thread once. */
  static void ensureStarted() {
    if (!STARTED.get() && STARTED.compareAndSet(false, true)) {
      Thread t = new Thread(Deadlocks::loop, "gosafe-deadlock-detector");
      t.setDaemon(true);
      t.start();
    }
  }

  /** Number of deadlocks reported since the JVM started (for tests). */
  static long detections() {
    return DETECTIONS.get();
  }

  private static void loop() {
    long backoff = DELAY;
    long nextForced = 0L;
    while (true) {
      LockSupport.parkNanos(TICK_NANOS);
      try {
        int scan = scan();
        long now = System.nanoTime();
        boolean candidate = (scan & CANDIDATE) != 0;
        boolean news = (scan & NEWS) != 0;
        if (candidate && (news || now - nextForced >= 0)) {
          // Candidates already analysed are analysed again with a growing back-off (up to
          // MAX_BACKOFF): a program whose idle tasks stay blocked pays little.
          int result = analyse();
          if (result == RETRY) {
            nextForced = now; // the program moved during the analysis: look again next tick
          } else {
            backoff = result == FIRED || news ? DELAY : Math.min(MAX_BACKOFF, backoff * 2);
            nextForced = now + backoff;
          }
        }
      } catch (RuntimeException e) {
        // A snapshot raced with a mutation in a way we did not foresee: never kill the detector,
        // never report on such a round.
      }
    }
  }

  /**
   * The cheap pass (volatile reads only, no allocation): prunes dead threads' records, updates
   * the stability marks and returns flags. CANDIDATE: a rule could apply, i.e. some lock wait is
   * older than DELAY, or every task is in an untimed wait older than DELAY and some wait is. NEWS:
   * some wait became older than DELAY since the last pass, or the number of registered or running
   * threads changed.
   */
  private static int scan() {
    long now = System.nanoTime();
    boolean anyOld = false;
    boolean lockOld = false;
    boolean tasksAsleep = true;
    boolean news = false;
    int records = 0;
    int running = 0;
    for (Blocking b : Blocking.all()) {
      if (b.task() == null && !b.thread().isAlive()) {
        Blocking.ALL.remove(b.thread(), b);
        continue;
      }
      records++;
      String op = b.op();
      if (op == null) {
        b.watchSeq = -1;
        running++;
        tasksAsleep &= b.task() == null;
        continue;
      }
      int seq = b.seq();
      boolean old = false;
      if (seq != b.watchSeq) {
        b.watchSeq = seq;
        b.watchSince = now;
        b.watchOld = false;
      } else if (!b.timed() && now - b.watchSince >= DELAY) {
        old = true;
        if (!b.watchOld) {
          b.watchOld = true;
          news = true;
        }
        anyOld = true;
        lockOld |= Blocking.MUTEX_LOCK.equals(op) || Blocking.RWMUTEX_RLOCK.equals(op);
      }
      if (!old && b.task() != null) {
        tasksAsleep = false;
      }
    }
    news |= records != lastRecords || running != lastRunning;
    lastRecords = records;
    lastRunning = running;
    boolean candidate = lockOld || (anyOld && tasksAsleep);
    return (candidate ? CANDIDATE : 0) | (news ? NEWS : 0);
  }

  /** Analyses the registry; returns FIRED, NOTHING, or RETRY when the snapshot was not stable. */
  private static int analyse() {
    long now = System.nanoTime();
    Map<Long, Snap> snaps = new HashMap<>();
    for (Blocking b : Blocking.all()) {
      snaps.put(b.thread().threadId(), snap(b, now));
    }
    Set<Long> cycle = lockCycles(snaps);
    Set<Long> all = allAsleep(snaps);
    Set<Long> doomed = new LinkedHashSet<>(cycle);
    doomed.addAll(all);
    // Joiners of doomed tasks are woken by the task's end.
    doomed.removeIf(
        id -> {
          Snap s = snaps.get(id);
          return Blocking.TASK_JOIN.equals(s.op())
              && doomed.contains(((Task) s.on()).thread().threadId());
        });
    if (doomed.isEmpty()) {
      return NOTHING;
    }
    if (!unchanged(snaps, doomed, !all.isEmpty())) {
      return RETRY;
    }
    return fire(snaps, doomed, cycle) ? FIRED : RETRY;
  }

  private static Snap snap(Blocking b, long now) {
    String op = b.op();
    if (op == null) {
      return new Snap(b, null, null, null, -1, false);
    }
    Object on = b.on();
    Object token = b.token();
    int seq = b.seq();
    boolean asleep =
        !b.timed()
            && seq == b.watchSeq
            && now - b.watchSince >= DELAY
            && !Blocking.SELECT_NO_CASES.equals(op)
            && !satisfied(token);
    return new Snap(b, op, on, token, seq, asleep);
  }

  /** Whether the wait of {@code token} has been completed by a partner (the thread will run). */
  private static boolean satisfied(Object token) {
    if (token instanceof Waiter w) {
      return w.done;
    }
    if (token instanceof SelectState st) {
      return st.winner() != SelectState.WAITING;
    }
    if (token instanceof SyncNode n) {
      return n.granted();
    }
    if (token instanceof Task t) {
      return t.ended();
    }
    return false;
  }

  // ---- lock cycles --------------------------------------------------------------------------

  private static Set<Long> lockCycles(Map<Long, Snap> snaps) {
    Map<Long, Long> edge = new HashMap<>();
    for (Snap s : snaps.values()) {
      if (!s.asleep()) {
        continue;
      }
      Thread[] holders = holders(s.on());
      if (holders != null && holders.length == 1 && holders[0] != null) {
        Snap h = snaps.get(holders[0].threadId());
        if (h != null && h.asleep()) {
          edge.put(s.b().thread().threadId(), holders[0].threadId());
        }
      }
    }
    Set<Long> onCycle = new HashSet<>();
    for (Long start : edge.keySet()) {
      List<Long> path = new ArrayList<>();
      Long cur = start;
      while (cur != null && !path.contains(cur) && path.size() <= edge.size()) {
        path.add(cur);
        cur = edge.get(cur);
      }
      if (cur != null && path.contains(cur)) {
        onCycle.addAll(path.subList(path.indexOf(cur), path.size()));
      }
    }
    if (onCycle.isEmpty()) {
      return onCycle;
    }
    Set<Long> doomed = new TreeSet<>(onCycle);
    for (Long start : edge.keySet()) {
      Long cur = start;
      for (int i = 0; cur != null && i <= edge.size(); i++) {
        if (onCycle.contains(cur)) {
          doomed.add(start);
          break;
        }
        cur = edge.get(cur);
      }
    }
    return doomed;
  }

  /** The holders of a waited-for lock: null when not a lock or unknown. */
  private static Thread[] holders(Object on) {
    if (on instanceof Mutex m) {
      Thread h = m.holder();
      return h == null ? null : new Thread[] {h};
    }
    if (on instanceof RWMutex rw) {
      return rw.holders();
    }
    return null;
  }

  // ---- all asleep ---------------------------------------------------------------------------

  private static Set<Long> allAsleep(Map<Long, Snap> snaps) {
    Set<Long> c = new HashSet<>();
    for (Map.Entry<Long, Snap> e : snaps.entrySet()) {
      Snap s = e.getValue();
      if (s.asleep()) {
        c.add(e.getKey());
      } else if (s.b().task() != null) {
        return Set.of(); // a task that may act: it may hold a reference to anything
      }
    }
    boolean changed = true;
    while (changed) {
      changed = c.removeIf(id -> !covered(snaps.get(id), snaps, c));
    }
    for (Map.Entry<Long, Snap> e : snaps.entrySet()) {
      if (e.getValue().b().task() != null && !c.contains(e.getKey())) {
        return Set.of();
      }
    }
    return c;
  }

  /** Whether only members of {@code c} could end the wait of {@code s}. */
  private static boolean covered(Snap s, Map<Long, Snap> snaps, Set<Long> c) {
    Object on = s.on();
    return switch (s.op()) {
      case Blocking.TASK_JOIN ->
          on instanceof Task t && !t.ended() && c.contains(t.thread().threadId());
      case Blocking.CHAN_SEND, Blocking.CHAN_RECV ->
          on instanceof Chan<?> ch && chanCovered(ch, snaps, c);
      case Blocking.SELECT -> on instanceof Select.Case[] cases && selectCovered(cases, snaps, c);
      case Blocking.WAITGROUP_WAIT ->
          on instanceof WaitGroup wg && creatorCovered(wg.creatorId, snaps, c);
      case Blocking.MUTEX_LOCK, Blocking.RWMUTEX_RLOCK -> lockCovered(on, snaps, c);
      default -> false;
    };
  }

  private static boolean selectCovered(Select.Case[] cases, Map<Long, Snap> snaps, Set<Long> c) {
    for (Select.Case k : cases) {
      if (k.chan != null && !chanCovered(k.chan, snaps, c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean lockCovered(Object on, Map<Long, Snap> snaps, Set<Long> c) {
    long creator;
    if (on instanceof Mutex m) {
      creator = m.creatorId;
    } else if (on instanceof RWMutex rw) {
      creator = rw.creatorId;
    } else {
      return false;
    }
    if (!creatorCovered(creator, snaps, c)) {
      return false;
    }
    Thread[] hs = holders(on);
    if (hs == null) {
      return on instanceof RWMutex; // several readers: only the global rule speaks for them
    }
    for (Thread h : hs) {
      if (!threadCovered(h, c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean chanCovered(Chan<?> ch, Map<Long, Snap> snaps, Set<Long> c) {
    CancelCtx ctx = ch.contextOf;
    if (ctx != null && ctx.mayStillFire()) {
      return false;
    }
    return creatorCovered(ch.creatorId, snaps, c);
  }

  /** A creator may act unless it is in C, or gone (its record was pruned or its body ended). */
  private static boolean creatorCovered(long creatorId, Map<Long, Snap> snaps, Set<Long> c) {
    Snap s = snaps.get(creatorId);
    if (s == null) {
      return true;
    }
    if (c.contains(creatorId)) {
      return true;
    }
    return !s.b().thread().isAlive() || (s.b().task() != null && s.b().task().ended());
  }

  private static boolean threadCovered(Thread t, Set<Long> c) {
    if (t == null) {
      return false;
    }
    if (c.contains(t.threadId())) {
      return true;
    }
    return !t.isAlive();
  }

  // ---- consistency and firing ---------------------------------------------------------------

  private static boolean unchanged(Map<Long, Snap> snaps, Set<Long> doomed, boolean global) {
    for (Long id : doomed) {
      Snap s = snaps.get(id);
      Blocking b = s.b();
      if (!s.op().equals(b.op()) || b.seq() != s.seq() || satisfied(s.token())) {
        return false;
      }
    }
    if (!global) {
      return true;
    }
    int n = 0;
    for (Blocking b : Blocking.all()) {
      n++;
      Snap s = snaps.get(b.thread().threadId());
      if (s == null || s.b() != b) {
        return false;
      }
      String op = b.op();
      if (op == null ? s.op() != null : !op.equals(s.op()) || b.seq() != s.seq()) {
        return false;
      }
    }
    return n == snaps.size();
  }

  // The JFR emitter is fire-and-forget on purpose: it must never delay the detector, and a failure
  // to emit an event is not worth waiting for.
  @SuppressWarnings("LeakedTask")
  private static boolean fire(Map<Long, Snap> snaps, Set<Long> doomed, Set<Long> cycle) {
    List<TaskDump.Entry> entries = new ArrayList<>();
    Set<String> rules = new LinkedHashSet<>();
    StringBuilder lines = new StringBuilder();
    for (Long id : doomed) {
      Snap s = snaps.get(id);
      TaskDump.Entry e = TaskDump.entryOf(s.b());
      if (e == null) {
        return false; // a task ended meanwhile: not a stable state after all
      }
      entries.add(e);
      String rule = ruleOf(s.op(), cycle.contains(id));
      rules.add(rule);
      lines.append("\n  ").append(e.summary()).append(" (rule ").append(rule).append(')');
    }
    String kind =
        cycle.isEmpty()
            ? "all gosafe tasks are asleep and nothing else can wake these"
            : "a cycle of lock holders";
    StringBuilder msg = new StringBuilder("gosafe: deadlock: ");
    msg.append(doomed.size()).append(doomed.size() == 1 ? " task is" : " tasks are")
        .append(" blocked forever (").append(kind).append(')').append(lines);
    msg.append("\nSee");
    for (String r : rules) {
      msg.append(" docs/rules/").append(r).append(".md");
    }
    msg.append(rules.size() == 1 ? " for the static rule that finds" : " for the static rules that find")
        .append(" this at compile time.");
    Report report = new Report(msg.toString(), TaskDump.of(entries));
    DETECTIONS.incrementAndGet();
    for (Long id : doomed) {
      Blocking b = snaps.get(id).b();
      b.condemn(report);
      LockSupport.unpark(b.thread());
    }
    // Loading JFR may take a second: never on the detector thread.
    int n = doomed.size();
    Thread.ofVirtual().name("gosafe-jfr").start(() -> JfrEvents.deadlock(report.message(), n));
    return true;
  }

  /** The checker rule that reports, at compile time, the mistake behind a wait of kind {@code op}. */
  static String ruleOf(String op, boolean inLockCycle) {
    return switch (op) {
      case Blocking.WAITGROUP_WAIT -> "UnbalancedWaitGroup";
      case Blocking.MUTEX_LOCK, Blocking.RWMUTEX_RLOCK ->
          inLockCycle ? "LockOrderInversion" : "LockNotReleased";
      case Blocking.TASK_JOIN -> "LeakedTask";
      default -> "ChannelDeadlock";
    };
  }
}
