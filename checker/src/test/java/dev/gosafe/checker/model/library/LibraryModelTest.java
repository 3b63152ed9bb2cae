package dev.gosafe.checker.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.model.CallRole;
import dev.gosafe.checker.model.CallRole.Role;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.LibraryModels;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.TypeInfo;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The library models as the front ends see them, through {@link LibraryModels}. */
class LibraryModelTest {
  private static final LibraryModels MODELS = LibraryModels.get();

  private static TypeInfo type(String name, String... supers) {
    Set<String> all = new java.util.HashSet<>(Set.of(supers));
    all.add(name);
    all.add("java.lang.Object");
    return new TypeInfo(name, Set.copyOf(all), true);
  }

  private static final TypeInfo MUTEX = type("dev.gosafe.Mutex", "java.util.concurrent.locks.Lock");
  private static final TypeInfo RW_MUTEX = type("dev.gosafe.RWMutex");
  private static final TypeInfo CHAN = type("dev.gosafe.Chan", "dev.gosafe.SendChan", "dev.gosafe.RecvChan",
      "java.lang.Iterable");
  private static final TypeInfo REENTRANT = type("java.util.concurrent.locks.ReentrantLock",
      "java.util.concurrent.locks.Lock", "java.io.Serializable");
  private static final TypeInfo MY_LOCK = type("com.example.MyLock", "java.util.concurrent.locks.ReentrantLock",
      "java.util.concurrent.locks.Lock");
  private static final TypeInfo QUEUE = type("java.util.concurrent.LinkedBlockingQueue",
      "java.util.concurrent.BlockingQueue", "java.util.Queue", "java.util.Collection");

  private static Role role(TypeInfo t, String method, int n, boolean isStatic) {
    return MODELS.call(t, method, n, isStatic).map(CallRole::role).orElse(null);
  }

  @Test
  void gosafeMutexIsAMutexNotAJdkLockEvenThoughItImplementsLock() {
    assertEquals(Optional.of(ObjKind.MUTEX), MODELS.kindOf(MUTEX));
    CallRole lock = MODELS.call(MUTEX, "lock", 0, false).orElseThrow();
    assertEquals(Role.ACQUIRE, lock.role());
    assertEquals(ObjKind.MUTEX, lock.kind());
    assertEquals(Role.ACQUIRE_HANDLE, role(MUTEX, "locked", 0, false));
    assertEquals(Role.TRY_ACQUIRE, role(MUTEX, "tryLock", 0, false));
  }

  @Test
  void rwMutexModes() {
    assertEquals(Event.Mode.SHARED, MODELS.call(RW_MUTEX, "rLock", 0, false).orElseThrow().mode());
    assertEquals(Event.Mode.SHARED, MODELS.call(RW_MUTEX, "tryRLock", 0, false).orElseThrow().mode());
    assertEquals(Event.Mode.EXCLUSIVE, MODELS.call(RW_MUTEX, "lock", 0, false).orElseThrow().mode());
    CallRole rLocked = MODELS.call(RW_MUTEX, "rLocked", 0, false).orElseThrow();
    assertEquals(Role.ACQUIRE_HANDLE, rLocked.role());
    assertEquals(Event.Mode.SHARED, rLocked.mode());
  }

  @Test
  void subclassesOfJdkLocksMatchBySupertype() {
    assertEquals(Optional.of(ObjKind.REENTRANT_LOCK), MODELS.kindOf(MY_LOCK));
    assertEquals(Role.ACQUIRE, role(MY_LOCK, "lockInterruptibly", 0, false));
    assertEquals(Role.RELEASE, role(REENTRANT, "unlock", 0, false));
    assertEquals(Role.NEW, MODELS.constructor(REENTRANT, 0).orElseThrow().role());
  }

  @Test
  void channelsAndCounts() {
    CallRole make = MODELS.call(CHAN, "make", 0, true).orElseThrow();
    assertEquals(Role.NEW, make.role());
    assertEquals(0, make.fixedCount());
    assertEquals(-1, make.argIndex());
    assertEquals(0, MODELS.call(CHAN, "make", 1, true).orElseThrow().argIndex());
    assertEquals(Role.SEND, role(CHAN, "send", 1, false));
    assertEquals(Role.RECV, role(CHAN, "recvOk", 0, false));
    assertEquals(Role.PURE, role(CHAN, "len", 0, false));
    assertEquals(null, role(CHAN, "iterator", 0, false));
  }

  @Test
  void selectCasesNameTheirBodyArgument() {
    TypeInfo select = type("dev.gosafe.Select");
    assertEquals(Role.SELECT, role(select, "select", 3, true));
    CallRole send = MODELS.call(select, "send", 3, true).orElseThrow();
    assertEquals(Role.SELECT_SEND, send.role());
    assertEquals(2, send.argIndex());
    assertEquals(1, MODELS.call(select, "recv", 2, true).orElseThrow().argIndex());
    assertEquals(Role.SELECT_DEFAULT, role(select, "defaultCase", 1, true));
    assertEquals(Role.SELECT_AFTER, role(select, "after", 2, true));
  }

  @Test
  void tasksContextsAndGroups() {
    CallRole go = MODELS.call(type("dev.gosafe.Go"), "go", 2, true).orElseThrow();
    assertEquals(Event.StartKind.GO, go.startKind());
    assertEquals(1, go.argIndex(), "Go.go(name, body): the body is the last argument");
    TypeInfo cancel = type("dev.gosafe.CancelContext", "dev.gosafe.Context", "java.lang.AutoCloseable");
    assertEquals(Role.CANCEL, role(cancel, "close", 0, false));
    assertEquals(Role.NEW, role(type("dev.gosafe.Context"), "withTimeout", 2, true));
    TypeInfo wg = type("dev.gosafe.WaitGroup");
    assertEquals(Event.StartKind.WAIT_GROUP_GO, MODELS.call(wg, "go", 1, false).orElseThrow().startKind());
    assertEquals(Role.COUNTER_ADD, role(wg, "add", 1, false));
    assertEquals(Role.JOIN, role(type("dev.gosafe.ErrGroup"), "await", 0, false));
  }

  @Test
  void queuesCapacities() {
    assertEquals(Optional.of(ObjKind.QUEUE), MODELS.kindOf(QUEUE));
    assertEquals(Role.SEND, role(QUEUE, "put", 1, false));
    assertEquals(Role.RECV, role(QUEUE, "take", 0, false));
    assertEquals(-1, MODELS.constructor(QUEUE, 1).orElseThrow().fixedCount(), "unknown capacity");
    TypeInfo sync = type("java.util.concurrent.SynchronousQueue", "java.util.concurrent.BlockingQueue");
    assertEquals(0, MODELS.constructor(sync, 0).orElseThrow().fixedCount());
    TypeInfo array = type("java.util.concurrent.ArrayBlockingQueue", "java.util.concurrent.BlockingQueue");
    assertEquals(0, MODELS.constructor(array, 1).orElseThrow().argIndex());
  }

  @Test
  void executorsThreadsAndFutures() {
    TypeInfo executors = type("java.util.concurrent.Executors");
    assertEquals(ObjKind.EXECUTOR, MODELS.call(executors, "newFixedThreadPool", 1, true).orElseThrow().kind());
    assertEquals(null, role(executors, "defaultThreadFactory", 0, true));
    TypeInfo pool = type("java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ExecutorService",
        "java.util.concurrent.Executor");
    assertEquals(Event.StartKind.EXECUTOR, MODELS.call(pool, "submit", 1, false).orElseThrow().startKind());
    assertEquals(Role.CANCEL, role(pool, "shutdownNow", 0, false));
    TypeInfo thread = type("java.lang.Thread", "java.lang.Runnable");
    CallRole start = MODELS.call(thread, "start", 0, false).orElseThrow();
    assertEquals(Event.StartKind.THREAD, start.startKind());
    assertEquals(-1, start.argIndex(), "the body comes from the constructor");
    assertEquals(Role.BLOCK, role(thread, "sleep", 1, true));
    TypeInfo builder = type("java.lang.Thread.Builder.OfVirtual", "java.lang.Thread.Builder");
    assertEquals(0, MODELS.call(builder, "start", 1, false).orElseThrow().argIndex());
    TypeInfo cf = type("java.util.concurrent.CompletableFuture", "java.util.concurrent.Future");
    assertEquals(Event.StartKind.COMPLETABLE_FUTURE,
        MODELS.call(cf, "supplyAsync", 2, true).orElseThrow().startKind());
    assertEquals(Role.JOIN, role(cf, "get", 0, false));
  }

  @Test
  void latchesAndConservativePhasers() {
    TypeInfo latch = type("java.util.concurrent.CountDownLatch");
    assertEquals(0, MODELS.constructor(latch, 1).orElseThrow().argIndex());
    assertEquals(Role.COUNTER_DONE, role(latch, "countDown", 0, false));
    assertEquals(Role.COUNTER_AWAIT, role(latch, "await", 0, false));
    assertEquals(Role.BLOCK, role(latch, "await", 2, false), "a timed await is not a counter wait");
    TypeInfo phaser = type("java.util.concurrent.Phaser");
    assertEquals(-1, MODELS.constructor(phaser, 1).orElseThrow().fixedCount(),
        "new Phaser(x): parties or a parent, unknown count");
    assertEquals(1, MODELS.call(phaser, "register", 0, false).orElseThrow().fixedCount());
    assertEquals(Role.COUNTER_DONE, role(phaser, "arriveAndDeregister", 0, false));
    assertEquals(null, role(phaser, "arrive", 0, false));
  }

  @Test
  void stampedAndReadWriteLocks() {
    TypeInfo stamped = type("java.util.concurrent.locks.StampedLock");
    assertEquals(Optional.of(ObjKind.STAMPED_LOCK), MODELS.kindOf(stamped));
    assertEquals(Event.Mode.SHARED, MODELS.call(stamped, "readLock", 0, false).orElseThrow().mode());
    assertEquals(Event.Mode.SHARED, MODELS.call(stamped, "unlockRead", 1, false).orElseThrow().mode());
    assertEquals(null, MODELS.call(stamped, "unlock", 1, false).orElseThrow().mode(), "either mode");
    TypeInfo rw = type("java.util.concurrent.locks.ReentrantReadWriteLock",
        "java.util.concurrent.locks.ReadWriteLock");
    CallRole read = MODELS.call(rw, "readLock", 0, false).orElseThrow();
    assertEquals(Role.LOCK_PART, read.role());
    assertEquals(Event.Mode.SHARED, read.mode());
    TypeInfo readPart = type("java.util.concurrent.locks.ReentrantReadWriteLock.ReadLock",
        "java.util.concurrent.locks.Lock");
    assertEquals(Optional.of(ObjKind.REENTRANT_RW_PART), MODELS.kindOf(readPart));
    assertEquals(Event.Mode.SHARED, MODELS.call(readPart, "lock", 0, false).orElseThrow().mode());
    assertTrue(MODELS.kindOf(type("java.lang.String")).isEmpty());
  }
}
