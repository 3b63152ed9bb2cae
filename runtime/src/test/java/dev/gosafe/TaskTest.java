package dev.gosafe;

import static dev.gosafe.ChanTestSupport.awaitBlocked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TaskTest {

  @Test
  void joinWaitsForTheBodyAndSeesItsWrites() {
    int[] box = new int[1];
    Task t = Go.go(() -> box[0] = 42);
    t.join();
    assertTrue(t.isDone());
    assertEquals(42, box[0]);
  }

  @Test
  void runsOnAVirtualThreadWithTheGivenName() {
    AtomicReference<Thread> th = new AtomicReference<>();
    Task t = Go.go("worker-1", () -> th.set(Thread.currentThread()));
    t.join();
    assertEquals("worker-1", t.name());
    assertEquals("worker-1", th.get().getName());
    assertTrue(th.get().isVirtual());
  }

  @Test
  void anUnnamedTaskIsTaskNInReportsAndItsThreadIsNamedOnlyWhenTheBodyThrows() {
    AtomicReference<Thread> th = new AtomicReference<>();
    Task quiet = Go.go(() -> th.set(Thread.currentThread()));
    quiet.join();
    assertEquals("task-" + quiet.id(), quiet.name());
    assertEquals("", th.get().getName(), "no name string per task");

    AtomicReference<String> seenByHandler = new AtomicReference<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> seenByHandler.set(t.getName()));
    try {
      Task loud =
          Go.go(
              () -> {
                throw new IllegalStateException("boom");
              });
      TaskFailedException e = assertThrows(TaskFailedException.class, loud::join);
      assertEquals(loud.name(), e.taskName());
      assertEquals(loud.name(), seenByHandler.get(), "the handler prints the task's name");
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  @Test
  void anUnnamedTaskHoldingAMutexIsShownByItsTaskName() {
    Mutex mu = new Mutex();
    Chan<Boolean> held = Chan.make(1);
    Chan<Boolean> release = Chan.make();
    Task t =
        Go.go(
            () -> {
              mu.lock();
              try {
                held.send(true);
                release.recv();
              } finally {
                mu.unlock();
              }
            });
    held.recv();
    assertTrue(mu.toString().endsWith(" by " + t.name() + "]"), mu.toString());
    release.send(true);
    t.join();
  }

  @Test
  void bodyExceptionComesOutOfJoinWrappedAndReachesTheUncaughtHandler() {
    AtomicReference<Throwable> handled = new AtomicReference<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((th, e) -> handled.set(e));
    try {
      IllegalStateException boom = new IllegalStateException("boom");
      Task t =
          Go.go(
              "failing",
              () -> {
                throw boom;
              });
      TaskFailedException e = assertThrows(TaskFailedException.class, t::join);
      assertSame(boom, e.getCause());
      assertEquals("failing", e.taskName());
      assertEquals(
          "gosafe: task failing failed: java.lang.IllegalStateException: boom", e.getMessage());
      assertSame(boom, handled.get(), "reported to the handler by the time join returns");
      // every join sees it, also the timed one
      assertThrows(TaskFailedException.class, () -> t.join(Duration.ofSeconds(1)));
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  @Test
  void unjoinedFailureIsNotLost() throws InterruptedException {
    AtomicReference<Throwable> handled = new AtomicReference<>();
    java.util.concurrent.CountDownLatch reported = new java.util.concurrent.CountDownLatch(1);
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (th, e) -> {
          handled.set(e);
          reported.countDown();
        });
    try {
      Go.go(
          () -> {
            throw new ArithmeticException("lost?");
          });
      assertTrue(reported.await(5, java.util.concurrent.TimeUnit.SECONDS));
      assertInstanceOf(ArithmeticException.class, handled.get());
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  @Test
  void timedJoinReportsWhetherTheTaskFinished() {
    Chan<Integer> gate = Chan.make();
    Task t = Go.go(gate::recv);
    assertFalse(t.join(Duration.ofMillis(20)));
    assertFalse(t.isDone());
    gate.send(1);
    assertTrue(t.join(Duration.ofSeconds(5)));
    assertTrue(t.isDone());
  }

  @Test
  void interruptedJoinThrowsAndRestoresTheFlag() {
    Chan<Integer> gate = Chan.make();
    Task sleeper = Go.go(gate::recv);
    AtomicBoolean flag = new AtomicBoolean();
    AtomicInteger outcome = new AtomicInteger();
    Task joiner =
        Go.go(
            () -> {
              try {
                sleeper.join();
                outcome.set(1);
              } catch (InterruptedOperationException e) {
                outcome.set(2);
                flag.set(Thread.currentThread().isInterrupted());
              }
            });
    awaitBlocked(joiner, Blocking.TASK_JOIN);
    ChanTest.interruptThread(joiner);
    joiner.join();
    assertEquals(2, outcome.get());
    assertTrue(flag.get());
    gate.send(1);
    sleeper.join();
  }

  @Test
  void aTaskCannotJoinItself() {
    AtomicReference<Task> self = new AtomicReference<>();
    Chan<Integer> start = Chan.make(1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Task t =
        Go.go(
            () -> {
              start.recv();
              try {
                self.get().join();
              } catch (IllegalStateException e) {
                thrown.set(e);
              }
            });
    self.set(t);
    start.send(1);
    t.join();
    assertEquals("gosafe: task joins itself", thrown.get().getMessage());
  }
}
