package dev.gosafe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.checkerframework.checker.lock.qual.EnsuresLockHeld;
import org.checkerframework.checker.lock.qual.EnsuresLockHeldIf;
import org.checkerframework.checker.lock.qual.MayReleaseLocks;
import org.checkerframework.checker.lock.qual.ReleasesNoLocks;

/*
 * Maintainer note.
 *
 * All state is guarded by qlock (a ReentrantLock held only for a few field updates, never while
 * parked): readers (active readers), writeHeld/writer (the write holder), soleReader (the only
 * reader, when readers == 1 and known, else null), and the FIFO queues readersQ and writersQ of
 * parked SyncNodes. Granting happens under qlock (the granted side's counters are updated for it);
 * SyncNode.grant() (volatile write + unpark) is called after qlock is released.
 *
 * Invariants (under qlock):
 *   writeHeld => readers == 0;
 *   !readersQ.isEmpty() => writeHeld || !writersQ.isEmpty()   (readers only wait for writers);
 *   !writersQ.isEmpty() => writeHeld || readers > 0           (a writer is granted when possible).
 *
 * Policy, as Go's sync.RWMutex: writer preference - once a writer waits, new readers wait too, so
 * writers do not starve; when a writer unlocks, all readers that queued during its tenure are
 * admitted together before the next writer (so readers do not starve either); the next writer
 * then waits for them to leave. Go gets this with readerCount/readerWait and two semaphores plus
 * an internal Mutex; we use one short internal lock, which makes interruption (undoing a queued
 * reader or writer) simple and exact, at the price of a lock round trip per rLock/rUnlock.
 *
 * Deadlock detection: writer == current on lock/rLock; soleReader == current on lock (read-to-write
 * upgrade) or on rLock while a writer waits (recursive read lock, which Go documents as a
 * deadlock). With other readers present an upgrade is not detected (it would need per-thread
 * bookkeeping); it blocks like Go's. The checker's DoubleLock rule reports it at compile time.
 *
 * Lock Checker annotations: the write side ensures "this" held; the read side only declares
 * @ReleasesNoLocks/@MayReleaseLocks, because claiming "this" held under a read lock would let the
 * Lock Checker accept writes to @GuardedBy("rw") fields under rLock.
 *
 * Reference: Go sync/rwmutex.go.
 */

/**
 * A reader/writer mutual exclusion lock: Go's {@code sync.RWMutex}. It can be held by any number
 * of readers or by a single writer. Create one with {@code new RWMutex()}.
 *
 * <p>Writer preference, as in Go: once a task waits in {@link #lock()}, new {@link #rLock()} calls
 * wait until that writer has had the lock, so a stream of readers cannot starve writers. The
 * readers that waited during a writer's tenure are admitted together when it unlocks. Consequently
 * recursive read locking is a deadlock when a writer waits in between; gosafe detects it when the
 * task is the only reader.
 *
 * <p>Not reentrant: {@link #lock()} by the write holder, {@link #rLock()} by the write holder, and
 * {@link #lock()} by the only current reader (a read-to-write upgrade) throw {@link
 * DeadlockException}. An upgrade while other readers hold the lock is not detected and blocks
 * forever, as in Go. As in Go, locks are not tied to a task: another task may unlock.
 *
 * <p>Memory: an {@link #unlock()} happens-before every later acquisition (read or write); an
 * {@link #rUnlock()} happens-before the later write acquisition. Blocking calls are interruptible
 * with {@link InterruptedOperationException} (the flag is set; the lock is not acquired).
 */
public final class RWMutex {
  static final String DOUBLE_LOCK =
      "gosafe: deadlock: RWMutex relocked by the task that holds it (rule DoubleLock)";
  static final String READ_UNDER_WRITE =
      "gosafe: deadlock: RWMutex read-locked by the task that holds its write lock (rule"
          + " DoubleLock)";
  static final String UPGRADE =
      "gosafe: deadlock: RWMutex write-locked by a task that holds its read lock (rule"
          + " DoubleLock)";
  static final String RECURSIVE_READ =
      "gosafe: deadlock: RWMutex read-locked again by its only reader while a writer waits (rule"
          + " DoubleLock)";
  static final String UNLOCK_UNLOCKED = "gosafe: unlock of unlocked RWMutex";
  static final String RUNLOCK_UNLOCKED = "gosafe: rUnlock of unlocked RWMutex";

  private final ReentrantLock qlock = new ReentrantLock();
  private int readers;
  private boolean writeHeld;
  private Thread writer;
  private Thread soleReader;
  private final ArrayDeque<SyncNode> readersQ = new ArrayDeque<>();
  private final ArrayDeque<SyncNode> writersQ = new ArrayDeque<>();
  /** Thread id of the creator, for the deadlock detector (0 when detection is off). */
  final long creatorId = Blocking.creatorId();

  /** Creates an unlocked RWMutex. */
  public RWMutex() {}

  /**
   * Lock locks the mutex for writing. Blocks while readers or another writer hold it; from the
   * moment it waits, new readers wait behind it. Waiting writers are served in FIFO order.
   *
   * @throws DeadlockException if the calling task holds the write lock, or is the only reader
   * @throws InterruptedOperationException if the task is interrupted while it waits; the lock is
   *     not acquired and the interrupt flag is set
   */
  @EnsuresLockHeld("this")
  @ReleasesNoLocks
  public void lock() {
    Thread me = Thread.currentThread();
    SyncNode node;
    qlock.lock();
    try {
      if (!writeHeld && readers == 0 && writersQ.isEmpty()) {
        writeHeld = true;
        writer = me;
        return;
      }
      if (me.equals(writer)) {
        throw new DeadlockException(DOUBLE_LOCK);
      }
      if (readers == 1 && me.equals(soleReader)) {
        throw new DeadlockException(UPGRADE);
      }
      node = new SyncNode();
      writersQ.addLast(node);
    } finally {
      qlock.unlock();
    }
    SyncNode.Outcome outcome = node.await(Blocking.MUTEX_LOCK, this, Long.MAX_VALUE);
    if (outcome == SyncNode.Outcome.GRANTED) {
      return;
    }
    List<SyncNode> admitted;
    qlock.lock();
    try {
      if (node.granted() || !writersQ.remove(node)) {
        // Granted while giving up, or dequeued by a releaser that made us the holder and will
        // grant() after releasing qlock: the wait completed, keep the lock (flag stays set).
        return;
      }
      admitted = !writeHeld && writersQ.isEmpty() ? admitReaders() : List.of();
    } finally {
      qlock.unlock();
    }
    admitted.forEach(SyncNode::grant);
    throw node.failure(outcome, Blocking.MUTEX_LOCK);
  }

  /**
   * TryLock tries to lock the mutex for writing and reports whether it succeeded; never blocks
   * (beyond a few instructions of internal bookkeeping). Fails while readers or a writer hold the
   * lock, or writers wait, also when the caller itself holds it.
   *
   * @return true if the caller now holds the write lock
   */
  @EnsuresLockHeldIf(expression = "this", result = true)
  @ReleasesNoLocks
  public boolean tryLock() {
    qlock.lock();
    try {
      if (!writeHeld && readers == 0 && writersQ.isEmpty()) {
        writeHeld = true;
        writer = Thread.currentThread();
        return true;
      }
      return false;
    } finally {
      qlock.unlock();
    }
  }

  /**
   * Unlock releases the write lock. Never blocks. The readers that queued meanwhile are all
   * admitted; if none did, the longest-waiting writer gets the lock. Another task than the locker
   * may unlock, as in Go.
   *
   * @throws IllegalStateException with message {@code "gosafe: unlock of unlocked RWMutex"} if the
   *     write lock is not held
   */
  @MayReleaseLocks
  public void unlock() {
    List<SyncNode> woken;
    qlock.lock();
    try {
      if (!writeHeld) {
        throw new IllegalStateException(UNLOCK_UNLOCKED);
      }
      writeHeld = false;
      writer = null;
      if (!readersQ.isEmpty()) {
        woken = admitReaders();
      } else if (!writersQ.isEmpty()) {
        woken = List.of(admitWriter());
      } else {
        woken = List.of();
      }
    } finally {
      qlock.unlock();
    }
    woken.forEach(SyncNode::grant);
  }

  /**
   * RLock locks the mutex for reading. Blocks while a writer holds the lock or waits for it.
   *
   * @throws DeadlockException if the calling task holds the write lock, or is the only reader while
   *     a writer waits (recursive read locking)
   * @throws InterruptedOperationException if the task is interrupted while it waits; the lock is
   *     not acquired and the interrupt flag is set
   */
  @ReleasesNoLocks
  public void rLock() {
    Thread me = Thread.currentThread();
    SyncNode node;
    qlock.lock();
    try {
      if (!writeHeld && writersQ.isEmpty()) {
        addReader(me);
        return;
      }
      if (me.equals(writer)) {
        throw new DeadlockException(READ_UNDER_WRITE);
      }
      if (readers == 1 && me.equals(soleReader)) {
        throw new DeadlockException(RECURSIVE_READ);
      }
      node = new SyncNode();
      readersQ.addLast(node);
    } finally {
      qlock.unlock();
    }
    SyncNode.Outcome outcome = node.await(Blocking.RWMUTEX_RLOCK, this, Long.MAX_VALUE);
    if (outcome == SyncNode.Outcome.GRANTED) {
      return;
    }
    qlock.lock();
    try {
      if (node.granted() || !readersQ.remove(node)) {
        // Admitted while giving up (the releaser counted us as a reader before granting after
        // qlock): keep the read lock (flag stays set).
        return;
      }
    } finally {
      qlock.unlock();
    }
    throw node.failure(outcome, Blocking.RWMUTEX_RLOCK);
  }

  /**
   * TryRLock tries to lock the mutex for reading and reports whether it succeeded; never blocks.
   * Fails while a writer holds the lock or waits for it.
   *
   * @return true if the caller now holds a read lock
   */
  @ReleasesNoLocks
  public boolean tryRLock() {
    qlock.lock();
    try {
      if (!writeHeld && writersQ.isEmpty()) {
        addReader(Thread.currentThread());
        return true;
      }
      return false;
    } finally {
      qlock.unlock();
    }
  }

  /**
   * RUnlock releases one read lock. Never blocks. When the last reader leaves, the longest-waiting
   * writer gets the lock.
   *
   * @throws IllegalStateException with message {@code "gosafe: rUnlock of unlocked RWMutex"} if no
   *     read lock is held
   */
  @MayReleaseLocks
  public void rUnlock() {
    SyncNode woken = null;
    qlock.lock();
    try {
      if (readers == 0) {
        throw new IllegalStateException(RUNLOCK_UNLOCKED);
      }
      readers--;
      soleReader = null;
      if (readers == 0 && !writersQ.isEmpty()) {
        woken = admitWriter();
      }
    } finally {
      qlock.unlock();
    }
    if (woken != null) {
      woken.grant();
    }
  }

  /**
   * Locked write-locks the mutex as {@link #lock()} does and returns a handle whose close calls
   * {@link #unlock()}.
   *
   * @return a handle to close exactly once
   * @throws DeadlockException as {@link #lock()}
   * @throws InterruptedOperationException as {@link #lock()}
   */
  @EnsuresLockHeld("this")
  @ReleasesNoLocks
  public Locked locked() {
    lock();
    return new LockedHandle(this::unlock);
  }

  /**
   * RLocked read-locks the mutex as {@link #rLock()} does and returns a handle whose close calls
   * {@link #rUnlock()}.
   *
   * @return a handle to close exactly once
   * @throws DeadlockException as {@link #rLock()}
   * @throws InterruptedOperationException as {@link #rLock()}
   */
  @ReleasesNoLocks
  public Locked rLocked() {
    rLock();
    return new LockedHandle(this::rUnlock);
  }

  /** Returns a description of the lock state for task dumps. */
  @Override
  public String toString() {
    qlock.lock();
    try {
      String s =
          writeHeld
              ? "write-locked by " + Blocking.nameOf(writer)
              : readers > 0 ? readers + " readers" : "unlocked";
      return "RWMutex@" + Integer.toHexString(System.identityHashCode(this)) + "[" + s
          + (writersQ.isEmpty() ? "" : ", " + writersQ.size() + " writers waiting")
          + (readersQ.isEmpty() ? "" : ", " + readersQ.size() + " readers waiting") + "]";
    } finally {
      qlock.unlock();
    }
  }

  /**
   * The threads known to hold the lock: the writer, or the only reader; an empty array when
   * unlocked; null when several readers hold it (unknown). For the deadlock detector.
   */
  Thread[] holders() {
    qlock.lock();
    try {
      if (writeHeld) {
        return writer == null ? null : new Thread[] {writer};
      }
      if (readers == 0) {
        return new Thread[0];
      }
      return readers == 1 && soleReader != null ? new Thread[] {soleReader} : null;
    } finally {
      qlock.unlock();
    }
  }

  /** Counts {@code t} as a reader. Requires qlock. */
  private void addReader(Thread t) {
    readers++;
    soleReader = readers == 1 ? t : null;
  }

  /** Dequeues every waiting reader and counts it; caller grants them after qlock. Requires qlock. */
  private List<SyncNode> admitReaders() {
    List<SyncNode> out = new ArrayList<>(readersQ.size());
    SyncNode n;
    while ((n = readersQ.pollFirst()) != null) {
      addReader(n.thread);
      out.add(n);
    }
    return out;
  }

  /**
   * Dequeues the first waiting writer and makes it the holder; caller grants it after qlock.
   * Requires qlock, !writeHeld, readers == 0 and a non-empty writersQ.
   */
  private SyncNode admitWriter() {
    SyncNode w = writersQ.pollFirst();
    writeHeld = true;
    writer = w.thread;
    return w;
  }
}
