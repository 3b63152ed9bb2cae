package dev.gosafe;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/*
 * Maintainer note.
 *
 * One Blocking record per thread says what that thread is blocked on right now: an operation kind
 * (a Go-style wait reason such as "chan send"), the object it waits for (a Chan, a WaitGroup, a
 * Mutex, a Task, the Case[] of a select), the parking token that tells whether the wait has been
 * satisfied (a Waiter, SelectState, SyncNode or Task), and whether the wait has a deadline. It is
 * the single seam on which run-time deadlock detection (Deadlocks) and task dumps (TaskDump) are
 * built: every gosafe primitive that parks calls enter(...) just before its park loop and exit()
 * right after it (in a finally block).
 *
 * Invariants: op == null means "not blocked in a gosafe operation"; op != null implies on, token,
 * timed and seq were written before op. Only the owning thread writes those fields. op is volatile
 * and written last on enter and first on exit, so a reader on another thread that sees op != null
 * also sees the matching on/token/seq (or a later one, for a racing re-entry); seq tells a reader
 * whether two observations of op != null belong to the same wait (the detector's stability check).
 *
 * doom is written by the deadlock detector only (a DeadlockException to throw), read and cleared
 * by the owner: a park loop that finds doom != null after a wake-up cancels its wait as it would
 * for an interrupt and throws it (see takeDoom()). enter() and exit() clear a stale doom.
 *
 * Registry: every record is in ALL, keyed by its Thread object (identity hash; no boxed id):
 * task records from Task.start until the body ends, other threads' records from their first use
 * of gosafe (creating a primitive or parking) until the detector prunes them once the thread has
 * died. Objects remember their creator's thread id (creatorId()), which is how the detector knows
 * which thread outside gosafe may still act on them.
 *
 * Finding the current thread's record (current(), enter(), creatorId()): ALL.get(currentThread)
 * first. A task's record is always there while its body runs (registered before its thread
 * starts), so a task thread never gets a ThreadLocalMap from gosafe: that map (table, map, entry:
 * 136 B) was the largest avoidable part of a parked task (benchmarks/results/w4m-2). Only a thread
 * outside gosafe falls back to the OTHER ThreadLocal, which creates its record on first use and
 * registers it when detection is on (so its later lookups hit ALL); with detection off such
 * records are kept only in the ThreadLocal. A task thread that uses gosafe after its body ended
 * (an uncaught-exception handler) gets such an outside-gosafe record; the detector prunes it when
 * the thread dies.
 *
 * A task's record is also the Runnable its thread runs (run() runs the body, see Task.takeBody):
 * no separate lambda object per task. Its `thread` field is null; thread() reads the Task's thread.
 *
 * Cost: a ConcurrentHashMap lookup and a few field writes, only on the slow (parking) path and
 * when a primitive is created; a ConcurrentHashMap put/remove per task.
 */

/**
 * What the current thread is blocked on, for deadlock detection and task dumps (package-private).
 *
 * <p>Use it around every park loop of a gosafe primitive:
 *
 * <pre>{@code
 * Blocking b = Blocking.enter(Blocking.MUTEX_LOCK, this, node, false);
 * try {
 *   while (!acquired()) {
 *     LockSupport.park(this);
 *     if (b.doomed()) { ... cancel, then throw b.takeDoom(); }
 *   }
 * } finally {
 *   b.exit();
 * }
 * }</pre>
 *
 * <p>{@code enter} is cheap (no allocation after the thread's first call) and never blocks. Calls
 * do not nest: an inner {@code enter} overwrites the outer one and its {@code exit} clears it.
 *
 * <p>A task's record is also the {@link Runnable} its thread runs ({@link #run()}).
 */
final class Blocking implements Runnable {

  /** Wait reason of a blocked {@code Chan.send}. */
  static final String CHAN_SEND = "chan send";
  /** Wait reason of a blocked {@code Chan.recv} / {@code recvOk} / iteration. */
  static final String CHAN_RECV = "chan receive";
  /** Wait reason of a blocked {@code Select.select}; {@code on} is the array of cases. */
  static final String SELECT = "select";
  /** Wait reason of {@code Select.select()} with no cases: blocks until interrupted. */
  static final String SELECT_NO_CASES = "select (no cases)";
  /** Wait reason of {@code Task.join}. */
  static final String TASK_JOIN = "task join";
  /** Wait reason of {@code WaitGroup.await}. */
  static final String WAITGROUP_WAIT = "WaitGroup.await";
  /** Wait reason of {@code Mutex.lock} / {@code RWMutex.lock}. */
  static final String MUTEX_LOCK = "Mutex.lock";
  /** Wait reason of {@code RWMutex.rLock}. */
  static final String RWMUTEX_RLOCK = "RWMutex.rLock";

  /** Every registered record by its thread (see the maintainer note). */
  static final ConcurrentHashMap<Thread, Blocking> ALL = new ConcurrentHashMap<>();

  /** Records of threads outside gosafe, when not found in ALL (see the maintainer note). */
  private static final ThreadLocal<Blocking> OTHER = ThreadLocal.withInitial(Blocking::forCurrent);

  /** The thread of a record outside gosafe; null for a task's record (see thread()). */
  private final Thread thread;
  private final Task task;
  private volatile String op;
  private Object on;
  private Object token;
  private boolean timed;
  private int seq; // never negative: the detector's watchSeq uses -1 for "none"
  private volatile Deadlocks.Report doom;

  // Written and read by the detector thread only.
  int watchSeq = -1;
  long watchSince;
  boolean watchOld;

  private Blocking(Thread thread, Task task) {
    this.thread = thread;
    this.task = task;
  }

  private static Blocking forCurrent() {
    Blocking b = new Blocking(Thread.currentThread(), null);
    if (Deadlocks.ENABLED) {
      ALL.put(b.thread, b);
      Deadlocks.ensureStarted();
    }
    return b;
  }

  /**
   * A record for {@code task}, not yet registered: the task creates its thread with this record as
   * the thread's Runnable, then calls {@link #register()}.
   */
  static Blocking forTask(Task task) {
    return new Blocking(null, task);
  }

  /**
   * Registers a task's record; called once the task's thread exists and before it starts (so the
   * thread finds its record in ALL from its first instruction).
   */
  void register() {
    ALL.put(thread(), this);
    if (Deadlocks.ENABLED) {
      Deadlocks.ensureStarted();
    }
  }

  /** Unregisters a task's record once its body has ended. */
  void unregister() {
    ALL.remove(thread(), this);
  }

  /**
   * A task's thread runs this: the task's body (Task.takeBody, failed, bodyEnded), here rather than
   * in a Task method so that a parked task's stack has one frame less. Not for records of threads
   * outside gosafe.
   */
  @Override
  public void run() {
    Task t = task;
    Runnable body = t.takeBody();
    try {
      body.run();
    } catch (Throwable e) {
      t.failed(e);
      throw e; // to the uncaught-exception handler, as Go crashes loudly
    } finally {
      t.bodyEnded();
    }
  }

  /** The current thread's record: from the registry, else the outside-gosafe ThreadLocal. */
  private static Blocking lookup() {
    Blocking b = ALL.get(Thread.currentThread());
    return b != null ? b : OTHER.get();
  }

  /**
   * Records that the current thread is about to park in operation {@code op} waiting for {@code
   * on}, without a deadline; see {@link #enter(String, Object, Object, boolean)}.
   */
  static Blocking enter(String op, Object on) {
    return enter(op, on, null, false);
  }

  /**
   * Records that the current thread is about to park in operation {@code op} waiting for {@code
   * on}; returns the thread's record, on which the caller must call {@link #exit()} once it no
   * longer waits (normally in a {@code finally}).
   *
   * @param op a wait reason, one of the constants of this class (or a new one added here)
   * @param on the object waited for; not null
   * @param token the parking structure whose state says whether the wait is satisfied (a {@link
   *     Waiter}, {@link SelectState}, {@link SyncNode} or {@link Task}), or null if unknown
   * @param timed whether the wait ends by itself at a deadline
   */
  static Blocking enter(String op, Object on, Object token, boolean timed) {
    Blocking b = lookup();
    if (b.doom != null) {
      b.doom = null;
    }
    b.on = on;
    b.token = token;
    b.timed = timed;
    b.seq = (b.seq + 1) & Integer.MAX_VALUE; // int, not long: 8 B less per task (w4m-5)
    b.op = op;
    return b;
  }

  /** The current thread's record (created on first use). */
  static Blocking current() {
    return lookup();
  }

  /**
   * The current thread's id, registering the thread as one that may act on gosafe objects; stored
   * by every primitive as its creator. 0 when deadlock detection is off.
   */
  static long creatorId() {
    if (!Deadlocks.ENABLED) {
      return 0L;
    }
    return lookup().thread().threadId();
  }

  /** Clears the record: the owning thread no longer waits. Call only from the owning thread. */
  void exit() {
    op = null;
    on = null;
    token = null;
    if (doom != null) {
      doom = null;
    }
  }

  /** Whether the deadlock detector has condemned the current wait. A volatile read. */
  boolean doomed() {
    return doom != null;
  }

  /**
   * Returns a new exception (with the caller's stack) for the report the detector left for this
   * thread, and clears it. Precondition: {@link #doomed()}; called by the owning thread.
   */
  DeadlockException takeDoom() {
    Deadlocks.Report r = doom;
    doom = null;
    return new DeadlockException(r.message(), r.dump());
  }

  /** Condemns the current wait; called by the detector, which then unparks the thread. */
  void condemn(Deadlocks.Report r) {
    doom = r;
  }

  /** The wait reason, or null when the thread is not blocked in a gosafe operation. */
  String op() {
    return op;
  }

  /** The object waited for, or null; read {@link #op()} first. */
  Object on() {
    return on;
  }

  /** The parking token, or null; read {@link #op()} first. */
  Object token() {
    return token;
  }

  /** Whether the current wait has a deadline; read {@link #op()} first. */
  boolean timed() {
    return timed;
  }

  /** The number of waits entered so far; read {@link #op()} first. */
  int seq() {
    return seq;
  }

  /** The thread this record describes. */
  Thread thread() {
    return task != null ? task.thread() : thread;
  }

  /** The task whose thread this is, or null for a thread outside gosafe. */
  Task task() {
    return task;
  }

  /**
   * The name to show for {@code t} in reports and dumps: its task's name while it runs a task's
   * body (unnamed tasks have unnamed threads, see Go.go), else the thread's name, else "thread
   * #id" for an unnamed thread.
   */
  static String nameOf(Thread t) {
    Blocking b = ALL.get(t);
    if (b != null && b.task != null) {
      return b.task.name();
    }
    String n = t.getName();
    return n.isEmpty() ? "thread #" + t.threadId() : n;
  }

  /** A snapshot of every registered record. */
  static Collection<Blocking> all() {
    return ALL.values();
  }

  @Override
  public String toString() {
    String o = op;
    String n = task != null ? task.name() : nameOf(thread);
    return o == null ? n + ": running" : n + ": " + o + " on " + on;
  }
}
