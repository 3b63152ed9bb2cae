package dev.gosafe.checker.model;

/** What kind of concurrency object a {@link Ref} is, as far as the rules care. */
public enum ObjKind {
  /** gosafe {@code Mutex}: exclusive, not reentrant. */
  MUTEX(false),
  /** gosafe {@code RWMutex}: not reentrant; read-to-write upgrade deadlocks. */
  RW_MUTEX(false),
  /** {@code java.util.concurrent.locks.Lock} in general and {@code ReentrantLock}: reentrant. */
  REENTRANT_LOCK(true),
  /** A read or write part of a {@code ReentrantReadWriteLock}: reentrant; read-to-write upgrade deadlocks. */
  REENTRANT_RW_PART(true),
  /** {@code StampedLock}: not reentrant. */
  STAMPED_LOCK(false),
  /** A {@code synchronized} monitor: reentrant. */
  MONITOR(true),
  /** gosafe {@code WaitGroup}. */
  WAIT_GROUP(false),
  /** {@code CountDownLatch}. */
  LATCH(false),
  /** {@code Phaser}. */
  PHASER(false),
  /** gosafe {@code Chan}. */
  CHANNEL(false),
  /** {@code BlockingQueue} and its implementations; {@code SynchronousQueue} has capacity 0. */
  QUEUE(false),
  /** A cancellable gosafe {@code Context}. */
  CONTEXT(false),
  /** A gosafe {@code Task}, a {@code Thread}, a {@code Future}. */
  TASK(false),
  /** An {@code ExecutorService}. */
  EXECUTOR(false),
  /** A gosafe {@code ErrGroup}. */
  ERR_GROUP(false),
  /** Anything else. */
  OTHER(false);

  private final boolean reentrant;

  ObjKind(boolean reentrant) {
    this.reentrant = reentrant;
  }

  /** Whether the holder may acquire it again without blocking (only meaningful for locks). */
  public boolean reentrant() {
    return reentrant;
  }

  public boolean isLock() {
    return switch (this) {
      case MUTEX, RW_MUTEX, REENTRANT_LOCK, REENTRANT_RW_PART, STAMPED_LOCK, MONITOR -> true;
      default -> false;
    };
  }

  public boolean isCounter() {
    return this == WAIT_GROUP || this == LATCH || this == PHASER;
  }

  public boolean isChannel() {
    return this == CHANNEL || this == QUEUE;
  }
}
