package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RWMutexTest {
  private long a; // guarded by rw; a == b whenever no writer is inside
  private long b;

  @Test
  @SuppressWarnings("ThreadPriorityCheck") // yield hands a virtual thread's carrier on
  void writersExcludeEachOtherAndReadersWhileReadersRunConcurrently() {
    RWMutex rw = new RWMutex();
    AtomicInteger torn = new AtomicInteger();
    AtomicInteger reads = new AtomicInteger();
    AtomicBoolean writing = new AtomicBoolean(true);
    WaitGroup writers = new WaitGroup();
    WaitGroup readers = new WaitGroup();
    for (int t = 0; t < 4; t++) {
      readers.go(
          () -> {
            // Bounded, and yielding: a virtual thread that never blocks would keep its carrier.
            for (int i = 0; i < 200_000 && writing.get(); i++) {
              try (var held = rw.rLocked()) {
                if (a != b) {
                  torn.incrementAndGet();
                }
                reads.incrementAndGet();
              }
              Thread.yield();
            }
          });
    }
    for (int t = 0; t < 8; t++) {
      writers.go(
          () -> {
            for (int i = 0; i < 5_000; i++) {
              rw.lock();
              try {
                a++;
                Thread.onSpinWait();
                b++;
              } finally {
                rw.unlock();
              }
            }
          });
    }
    writers.await();
    writing.set(false);
    readers.await();
    assertEquals(0, torn.get(), "a reader saw a half-done write");
    assertEquals(8 * 5_000, a);
    assertEquals(a, b);
    assertTrue(reads.get() > 0);
  }

  @Test
  void twoReadersHoldTheLockAtOnce() {
    RWMutex rw = new RWMutex();
    rw.rLock();
    AtomicBoolean second = new AtomicBoolean();
    assertNull(
        SyncProbe.start(
                () -> {
                  rw.rLock(); // would block forever if readers excluded each other
                  second.set(true);
                  rw.rUnlock();
                })
            .join());
    assertTrue(second.get());
    assertFalse(rw.tryLock(), "writer while a reader holds");
    rw.rUnlock();
    assertTrue(rw.tryLock());
    assertFalse(rw.tryRLock(), "reader while a writer holds");
    rw.unlock();
  }

  @Test
  void aWaitingWriterBlocksNewReadersAndGoesFirst() {
    RWMutex rw = new RWMutex();
    List<String> order = new CopyOnWriteArrayList<>();
    rw.rLock();
    SyncProbe writer =
        SyncProbe.start(
                () -> {
                  rw.lock();
                  order.add("writer");
                  rw.unlock();
                })
            .awaitParkedIn(Blocking.MUTEX_LOCK);
    AtomicBoolean tried = new AtomicBoolean(true);
    assertNull(SyncProbe.start(() -> tried.set(rw.tryRLock())).join());
    assertFalse(tried.get(), "tryRLock succeeded while a writer waits");
    SyncProbe reader =
        SyncProbe.start(
                () -> {
                  rw.rLock();
                  order.add("reader");
                  rw.rUnlock();
                })
            .awaitParkedIn(Blocking.RWMUTEX_RLOCK);
    rw.rUnlock();
    assertNull(writer.join());
    assertNull(reader.join());
    assertEquals(List.of("writer", "reader"), order);
  }

  @Test
  void readersQueuedDuringAWriteAreAdmittedTogether() {
    RWMutex rw = new RWMutex();
    rw.lock();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    java.util.concurrent.CountDownLatch bothIn = new java.util.concurrent.CountDownLatch(2);
    Runnable reader =
        () -> {
          rw.rLock();
          maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
          bothIn.countDown();
          try {
            bothIn.await();
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
          inside.decrementAndGet();
          rw.rUnlock();
        };
    SyncProbe r1 = SyncProbe.start(reader).awaitParkedIn(Blocking.RWMUTEX_RLOCK);
    SyncProbe r2 = SyncProbe.start(reader).awaitParkedIn(Blocking.RWMUTEX_RLOCK);
    rw.unlock();
    assertNull(r1.join());
    assertNull(r2.join());
    assertEquals(2, maxInside.get());
  }

  @Test
  void writeRelockByTheHolderThrowsDeadlockException() {
    RWMutex rw = new RWMutex();
    rw.lock();
    DeadlockException e = assertThrows(DeadlockException.class, rw::lock);
    assertEquals(
        "gosafe: deadlock: RWMutex relocked by the task that holds it (rule DoubleLock)",
        e.getMessage());
    e = assertThrows(DeadlockException.class, rw::rLock);
    assertTrue(e.getMessage().startsWith("gosafe: deadlock"), e.getMessage());
    rw.unlock();
    assertTrue(rw.tryRLock());
    rw.rUnlock();
  }

  @Test
  void upgradeByTheOnlyReaderThrowsDeadlockException() {
    RWMutex rw = new RWMutex();
    rw.rLock();
    DeadlockException e = assertThrows(DeadlockException.class, rw::lock);
    assertTrue(e.getMessage().startsWith("gosafe: deadlock"), e.getMessage());
    rw.rUnlock();
    assertTrue(rw.tryLock(), "the failed upgrade left no waiting writer behind");
    rw.unlock();
  }

  @Test
  void recursiveReadLockWhileAWriterWaitsThrowsDeadlockException() {
    RWMutex rw = new RWMutex();
    rw.rLock();
    SyncProbe writer =
        SyncProbe.start(
                () -> {
                  rw.lock();
                  rw.unlock();
                })
            .awaitParkedIn(Blocking.MUTEX_LOCK);
    assertThrows(DeadlockException.class, rw::rLock);
    rw.rUnlock();
    assertNull(writer.join());
  }

  @Test
  void misuseMessagesAreVerbatim() {
    RWMutex rw = new RWMutex();
    IllegalStateException e = assertThrows(IllegalStateException.class, rw::unlock);
    assertEquals("gosafe: unlock of unlocked RWMutex", e.getMessage());
    e = assertThrows(IllegalStateException.class, rw::rUnlock);
    assertEquals("gosafe: rUnlock of unlocked RWMutex", e.getMessage());
    rw.rLock();
    e = assertThrows(IllegalStateException.class, rw::unlock);
    assertEquals("gosafe: unlock of unlocked RWMutex", e.getMessage());
    rw.rUnlock();
    rw.lock();
    e = assertThrows(IllegalStateException.class, rw::rUnlock);
    assertEquals("gosafe: rUnlock of unlocked RWMutex", e.getMessage());
    rw.unlock();
  }

  @Test
  void handlesReleaseOnClose() {
    RWMutex rw = new RWMutex();
    try (var held = rw.locked()) {
      assertFalse(rw.tryRLock());
    }
    try (var r1 = rw.rLocked();
        var r2 = rw.rLocked()) {
      assertFalse(rw.tryLock());
    }
    assertTrue(rw.tryLock());
    rw.unlock();
  }

  @Test
  void interruptedWriterThrowsAndLetsTheReadersBehindItIn() {
    RWMutex rw = new RWMutex();
    rw.rLock();
    AtomicBoolean flag = new AtomicBoolean();
    SyncProbe writer =
        SyncProbe.start(
                () -> {
                  try {
                    rw.lock();
                  } finally {
                    flag.set(Thread.currentThread().isInterrupted());
                  }
                })
            .awaitParkedIn(Blocking.MUTEX_LOCK);
    SyncProbe reader =
        SyncProbe.start(
                () -> {
                  rw.rLock();
                  rw.rUnlock();
                })
            .awaitParkedIn(Blocking.RWMUTEX_RLOCK);
    writer.thread.interrupt();
    assertInstanceOf(InterruptedOperationException.class, writer.join());
    assertTrue(flag.get(), "interrupt flag restored");
    assertNull(reader.join(), "reader admitted once no writer waits");
    rw.rUnlock();
    assertTrue(rw.tryLock());
    rw.unlock();
  }

  @Test
  void interruptedReaderThrowsAndRestoresTheFlag() {
    RWMutex rw = new RWMutex();
    rw.lock();
    AtomicBoolean flag = new AtomicBoolean();
    SyncProbe reader =
        SyncProbe.start(
                () -> {
                  try {
                    rw.rLock();
                  } finally {
                    flag.set(Thread.currentThread().isInterrupted());
                  }
                })
            .awaitParkedIn(Blocking.RWMUTEX_RLOCK);
    reader.thread.interrupt();
    assertInstanceOf(InterruptedOperationException.class, reader.join());
    assertTrue(flag.get());
    rw.unlock();
    assertTrue(rw.tryLock(), "the interrupted reader holds no read lock");
    rw.unlock();
  }
}
