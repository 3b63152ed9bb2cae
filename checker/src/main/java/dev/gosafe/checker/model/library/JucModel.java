package dev.gosafe.checker.model.library;

import com.google.auto.service.AutoService;
import dev.gosafe.checker.model.CallRole;
import dev.gosafe.checker.model.CallRole.Role;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.LibraryModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.TypeInfo;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code java.util.concurrent} and {@code java.lang.Thread} mean: locks, read-write locks,
 * stamped locks, latches, phasers, blocking queues, executors, threads, futures.
 *
 * <p>Types of gosafe's runtime that implement JDK interfaces ({@code Mutex implements Lock}) are
 * left to {@link GosafeRuntimeModel}. Phaser is kept conservative: only {@code register},
 * {@code bulkRegister} and {@code arriveAndDeregister} change its count; {@code arrive} has no role.
 * StampedLock stamps are ignored; {@code unlock(stamp)} releases with a null mode (either mode).
 */
@AutoService(LibraryModel.class)
public final class JucModel implements LibraryModel {
  private static final String LOCK = "java.util.concurrent.locks.Lock";
  private static final String READ_LOCK = "java.util.concurrent.locks.ReentrantReadWriteLock.ReadLock";
  private static final String WRITE_LOCK = "java.util.concurrent.locks.ReentrantReadWriteLock.WriteLock";
  private static final String RW_LOCK = "java.util.concurrent.locks.ReadWriteLock";
  private static final String STAMPED = "java.util.concurrent.locks.StampedLock";
  private static final String LATCH = "java.util.concurrent.CountDownLatch";
  private static final String PHASER = "java.util.concurrent.Phaser";
  private static final String QUEUE = "java.util.concurrent.BlockingQueue";
  private static final String SYNC_QUEUE = "java.util.concurrent.SynchronousQueue";
  private static final String ARRAY_QUEUE = "java.util.concurrent.ArrayBlockingQueue";
  private static final String EXECUTOR_SERVICE = "java.util.concurrent.ExecutorService";
  private static final String EXECUTOR = "java.util.concurrent.Executor";
  private static final String EXECUTORS = "java.util.concurrent.Executors";
  private static final String TPE = "java.util.concurrent.ThreadPoolExecutor";
  private static final String THREAD = "java.lang.Thread";
  private static final String THREAD_BUILDER = "java.lang.Thread.Builder";
  private static final String FUTURE = "java.util.concurrent.Future";
  private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";

  private static final Set<String> TYPES = Set.of(LOCK, READ_LOCK, WRITE_LOCK, RW_LOCK, STAMPED,
      LATCH, PHASER, QUEUE, SYNC_QUEUE, ARRAY_QUEUE, EXECUTOR_SERVICE, EXECUTOR, EXECUTORS, TPE,
      THREAD, THREAD_BUILDER, FUTURE, COMPLETABLE_FUTURE);
  /** Every method name that {@link #call} can give a role to ({@code Executors.new*} aside). */
  private static final Set<String> METHODS = Set.of("lock", "lockInterruptibly", "tryLock",
      "unlock", "readLock", "writeLock", "readLockInterruptibly", "writeLockInterruptibly",
      "unlockRead", "unlockWrite", "countDown", "await", "getCount", "toString", "register",
      "bulkRegister", "arriveAndDeregister", "arriveAndAwaitAdvance", "awaitAdvance",
      "awaitAdvanceInterruptibly", "put", "take", "submit", "execute", "shutdown", "shutdownNow",
      "close", "start", "join", "unstarted", "get", "isDone", "sleep", "startVirtualThread",
      "runAsync", "supplyAsync");

  @Override
  public boolean mayHaveRole(String method) {
    return METHODS.contains(method) || method.startsWith("new");
  }

  @Override
  public Optional<Set<String>> knownTypes() {
    return Optional.of(TYPES);
  }

  private static boolean isGosafe(TypeInfo t) {
    return t.name().startsWith(GosafeRuntimeModel.PKG);
  }

  @Override
  public Optional<ObjKind> kindOf(TypeInfo t) {
    if (isGosafe(t)) {
      return Optional.empty();
    }
    ObjKind kind = null;
    if (t.isSubtypeOf(READ_LOCK) || t.isSubtypeOf(WRITE_LOCK)) {
      kind = ObjKind.REENTRANT_RW_PART;
    } else if (t.isSubtypeOf(LOCK)) {
      kind = ObjKind.REENTRANT_LOCK;
    } else if (t.isSubtypeOf(STAMPED)) {
      kind = ObjKind.STAMPED_LOCK;
    } else if (t.isSubtypeOf(RW_LOCK)) {
      kind = ObjKind.OTHER;
    } else if (t.isSubtypeOf(LATCH)) {
      kind = ObjKind.LATCH;
    } else if (t.isSubtypeOf(PHASER)) {
      kind = ObjKind.PHASER;
    } else if (t.isSubtypeOf(QUEUE)) {
      kind = ObjKind.QUEUE;
    } else if (t.isSubtypeOf(EXECUTOR_SERVICE)) {
      kind = ObjKind.EXECUTOR;
    } else if (t.isSubtypeOf(THREAD) || t.isSubtypeOf(FUTURE)) {
      kind = ObjKind.TASK;
    }
    return Optional.ofNullable(kind);
  }

  @Override
  public Optional<CallRole> call(TypeInfo owner, String method, int n, boolean isStatic) {
    if (isGosafe(owner)) {
      return Optional.empty();
    }
    return Optional.ofNullable(isStatic ? staticCall(owner, method, n) : instanceCall(owner, method, n));
  }

  private static CallRole staticCall(TypeInfo owner, String method, int n) {
    if (owner.isSubtypeOf(EXECUTORS) && method.startsWith("new") && !method.equals("newThreadFactory")
        && !method.contains("ThreadFactory")) {
      return CallRole.counted(Role.NEW, ObjKind.EXECUTOR, -1, -1);
    }
    if (owner.isSubtypeOf(THREAD)) {
      if (method.equals("sleep")) {
        return CallRole.of(Role.BLOCK, ObjKind.OTHER);
      }
      if (method.equals("startVirtualThread") && n == 1) {
        return CallRole.start(Event.StartKind.THREAD, 0);
      }
    }
    if (owner.isSubtypeOf(COMPLETABLE_FUTURE)
        && (method.equals("runAsync") || method.equals("supplyAsync")) && n >= 1) {
      return CallRole.start(Event.StartKind.COMPLETABLE_FUTURE, 0);
    }
    return null;
  }

  private static CallRole instanceCall(TypeInfo owner, String method, int n) {
    if (owner.isSubtypeOf(LOCK)) {
      ObjKind kind = owner.isSubtypeOf(READ_LOCK) || owner.isSubtypeOf(WRITE_LOCK)
          ? ObjKind.REENTRANT_RW_PART : ObjKind.REENTRANT_LOCK;
      Event.Mode mode = owner.isSubtypeOf(READ_LOCK) ? Event.Mode.SHARED : Event.Mode.EXCLUSIVE;
      return switch (method) {
        case "lock", "lockInterruptibly" -> n == 0 ? CallRole.lock(Role.ACQUIRE, kind, mode) : null;
        case "tryLock" -> CallRole.lock(Role.TRY_ACQUIRE, kind, mode);
        case "unlock" -> n == 0 ? CallRole.lock(Role.RELEASE, kind, mode) : null;
        default -> null;
      };
    }
    if (owner.isSubtypeOf(RW_LOCK) && n == 0) {
      return switch (method) {
        case "readLock" -> CallRole.lock(Role.LOCK_PART, ObjKind.REENTRANT_RW_PART, Event.Mode.SHARED);
        case "writeLock" -> CallRole.lock(Role.LOCK_PART, ObjKind.REENTRANT_RW_PART, Event.Mode.EXCLUSIVE);
        default -> null;
      };
    }
    if (owner.isSubtypeOf(STAMPED)) {
      return switch (method) {
        case "writeLock", "writeLockInterruptibly" ->
            CallRole.lock(Role.ACQUIRE, ObjKind.STAMPED_LOCK, Event.Mode.EXCLUSIVE);
        case "readLock", "readLockInterruptibly" ->
            CallRole.lock(Role.ACQUIRE, ObjKind.STAMPED_LOCK, Event.Mode.SHARED);
        case "unlockWrite" -> CallRole.lock(Role.RELEASE, ObjKind.STAMPED_LOCK, Event.Mode.EXCLUSIVE);
        case "unlockRead" -> CallRole.lock(Role.RELEASE, ObjKind.STAMPED_LOCK, Event.Mode.SHARED);
        case "unlock" -> n == 1 ? CallRole.lock(Role.RELEASE, ObjKind.STAMPED_LOCK, null) : null;
        default -> null;
      };
    }
    if (owner.isSubtypeOf(LATCH)) {
      return switch (method) {
        case "countDown" -> CallRole.of(Role.COUNTER_DONE, ObjKind.LATCH);
        case "await" -> n == 0
            ? CallRole.of(Role.COUNTER_AWAIT, ObjKind.LATCH) : CallRole.of(Role.BLOCK, ObjKind.LATCH);
        case "getCount", "toString" -> CallRole.of(Role.PURE, ObjKind.LATCH);
        default -> null;
      };
    }
    if (owner.isSubtypeOf(PHASER)) {
      return switch (method) {
        case "register" -> n == 0 ? CallRole.counted(Role.COUNTER_ADD, ObjKind.PHASER, -1, 1) : null;
        case "bulkRegister" -> n == 1 ? CallRole.counted(Role.COUNTER_ADD, ObjKind.PHASER, 0, 0) : null;
        case "arriveAndDeregister" -> CallRole.of(Role.COUNTER_DONE, ObjKind.PHASER);
        case "arriveAndAwaitAdvance", "awaitAdvance", "awaitAdvanceInterruptibly" ->
            CallRole.of(Role.BLOCK, ObjKind.PHASER);
        default -> null;
      };
    }
    if (owner.isSubtypeOf(QUEUE)) {
      return switch (method) {
        case "put" -> n == 1 ? CallRole.of(Role.SEND, ObjKind.QUEUE) : null;
        case "take" -> n == 0 ? CallRole.of(Role.RECV, ObjKind.QUEUE) : null;
        default -> null;
      };
    }
    if (owner.isSubtypeOf(EXECUTOR_SERVICE) || owner.isSubtypeOf(EXECUTOR)) {
      return switch (method) {
        case "submit", "execute" -> n >= 1 ? startExecutor() : null;
        case "shutdown", "shutdownNow", "close" -> n == 0 ? CallRole.of(Role.CANCEL, ObjKind.EXECUTOR) : null;
        default -> null;
      };
    }
    if (owner.isSubtypeOf(THREAD)) {
      return switch (method) {
        case "start" -> n == 0 ? CallRole.start(Event.StartKind.THREAD, -1) : null;
        case "join" -> CallRole.of(Role.JOIN, ObjKind.TASK);
        default -> null;
      };
    }
    if (owner.isSubtypeOf(THREAD_BUILDER)) {
      return switch (method) {
        case "start" -> n == 1 ? CallRole.start(Event.StartKind.THREAD, 0) : null;
        case "unstarted" -> n == 1 ? new CallRole(Role.NEW, ObjKind.TASK, Event.Mode.EXCLUSIVE, -1, -1,
            Event.StartKind.THREAD) : null;
        default -> null;
      };
    }
    if (owner.isSubtypeOf(FUTURE)) {
      return switch (method) {
        case "get" -> CallRole.of(Role.JOIN, ObjKind.TASK);
        case "join" -> owner.isSubtypeOf(COMPLETABLE_FUTURE) && n == 0
            ? CallRole.of(Role.JOIN, ObjKind.TASK) : null;
        case "isDone" -> CallRole.of(Role.PURE, ObjKind.TASK);
        default -> null;
      };
    }
    return null;
  }

  private static CallRole startExecutor() {
    return CallRole.start(Event.StartKind.EXECUTOR, 0);
  }

  @Override
  public Optional<CallRole> constructor(TypeInfo type, int n) {
    if (isGosafe(type)) {
      return Optional.empty();
    }
    CallRole role = null;
    if (type.isSubtypeOf(LOCK) && !type.isSubtypeOf(READ_LOCK) && !type.isSubtypeOf(WRITE_LOCK)) {
      role = CallRole.counted(Role.NEW, ObjKind.REENTRANT_LOCK, -1, 0);
    } else if (type.isSubtypeOf(STAMPED)) {
      role = CallRole.counted(Role.NEW, ObjKind.STAMPED_LOCK, -1, 0);
    } else if (type.isSubtypeOf(RW_LOCK)) {
      role = CallRole.counted(Role.NEW, ObjKind.OTHER, -1, 0);
    } else if (type.isSubtypeOf(LATCH) && n == 1) {
      role = CallRole.counted(Role.NEW, ObjKind.LATCH, 0, 0);
    } else if (type.isSubtypeOf(PHASER)) {
      // new Phaser() / new Phaser(n); a parent phaser makes the count unknown
      role = n == 0 ? CallRole.counted(Role.NEW, ObjKind.PHASER, -1, 0)
          : CallRole.counted(Role.NEW, ObjKind.PHASER, -1, -1);
    } else if (type.isSubtypeOf(SYNC_QUEUE)) {
      role = CallRole.counted(Role.NEW, ObjKind.QUEUE, -1, 0);
    } else if (type.isSubtypeOf(ARRAY_QUEUE) && n >= 1) {
      role = CallRole.counted(Role.NEW, ObjKind.QUEUE, 0, 0);
    } else if (type.isSubtypeOf(QUEUE)) {
      role = CallRole.counted(Role.NEW, ObjKind.QUEUE, -1, -1);
    } else if (type.isSubtypeOf(TPE)) {
      role = CallRole.counted(Role.NEW, ObjKind.EXECUTOR, -1, -1);
    } else if (type.isSubtypeOf(THREAD)) {
      // new Thread(runnable): the body is whichever argument is a lambda; start() starts it
      role = new CallRole(Role.NEW, ObjKind.TASK, Event.Mode.EXCLUSIVE, -1, -1, Event.StartKind.THREAD);
    }
    return Optional.ofNullable(role);
  }
}
