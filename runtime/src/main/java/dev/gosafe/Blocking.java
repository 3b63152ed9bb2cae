package dev.gosafe;

/*
 * Maintainer note.
 *
 * One Blocking record per thread says what that thread is blocked on right now: an operation kind
 * (a Go-style wait reason such as "chan send") and the object it waits for (a Chan, a WaitGroup,
 * a Mutex, a Task...). It is the single seam on which run-time deadlock detection and task dumps
 * are built: every gosafe primitive that parks calls enter(...) just before its park loop and
 * exit() right after it (in a finally block).
 *
 * Invariants: op == null means "not blocked in a gosafe operation"; op != null implies on was
 * written before op. Only the owning thread writes the fields. op is volatile and written last on
 * enter and first on exit, so a reader on another thread that sees op != null also sees the
 * matching on (or a later one, for a racing re-entry); a dump is a snapshot, not a proof.
 *
 * Cost: a ThreadLocal lookup and two field writes, only on the slow (parking) path.
 */

/**
 * What the current thread is blocked on, for deadlock detection and task dumps (package-private).
 *
 * <p>Use it around every park loop of a gosafe primitive:
 *
 * <pre>{@code
 * Blocking b = Blocking.enter(Blocking.MUTEX_LOCK, this);
 * try {
 *   while (!acquired()) LockSupport.park(this);
 * } finally {
 *   b.exit();
 * }
 * }</pre>
 *
 * <p>{@code enter} is cheap (no allocation after the thread's first call) and never blocks. Calls
 * do not nest: an inner {@code enter} overwrites the outer one and its {@code exit} clears it.
 */
final class Blocking {

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

  private static final ThreadLocal<Blocking> CURRENT = ThreadLocal.withInitial(Blocking::new);

  private final Thread thread;
  private volatile String op;
  private Object on;

  private Blocking() {
    this.thread = Thread.currentThread();
  }

  /**
   * Records that the current thread is about to park in operation {@code op} waiting for {@code
   * on}; returns the thread's record, on which the caller must call {@link #exit()} once it no
   * longer waits (normally in a {@code finally}).
   *
   * @param op a wait reason, one of the constants of this class (or a new one added here)
   * @param on the object waited for; not null
   */
  static Blocking enter(String op, Object on) {
    Blocking b = CURRENT.get();
    b.on = on;
    b.op = op;
    return b;
  }

  /** The current thread's record (created on first use). */
  static Blocking current() {
    return CURRENT.get();
  }

  /** Clears the record: the owning thread no longer waits. Call only from the owning thread. */
  void exit() {
    op = null;
    on = null;
  }

  /** The wait reason, or null when the thread is not blocked in a gosafe operation. */
  String op() {
    return op;
  }

  /** The object waited for, or null; read {@link #op()} first. */
  Object on() {
    return on;
  }

  /** The thread this record describes. */
  Thread thread() {
    return thread;
  }

  @Override
  public String toString() {
    String o = op;
    return o == null ? thread.getName() + ": running" : thread.getName() + ": " + o + " on " + on;
  }
}
