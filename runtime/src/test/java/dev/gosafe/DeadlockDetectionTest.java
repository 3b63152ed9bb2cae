package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classic deadlocks end in DeadlockException within one second, naming the right tasks, the
 * operation, the object, the source line and the checker rule.
 */
class DeadlockDetectionTest {
  private static final Duration BOUND = Duration.ofSeconds(1);

  @Test
  void mainReceivingFromAChannelNobodySendsToIsADeadlock() {
    DeadlockException e =
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              Chan<Integer> ch = Chan.make();
              return assertThrows(DeadlockException.class, () -> ch.recv());
            });
    assertTrue(e.getMessage().startsWith("gosafe: deadlock"), e.getMessage());
    assertTrue(e.getMessage().contains("(rule ChannelDeadlock)"), e.getMessage());
    assertTrue(e.getMessage().contains("docs/rules/ChannelDeadlock.md"), e.getMessage());
    TaskDump.Entry main = only(e.dump().entries());
    assertEquals(Blocking.CHAN_RECV, main.operation());
    assertTrue(main.blockedOn().startsWith("chan#"), main.blockedOn());
    assertEquals("DeadlockDetectionTest.java", main.site().getFileName());
  }

  @Test
  void twoTasksTakingTwoMutexesInOppositeOrdersAreACycle() {
    Throwable e =
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              Mutex a = new Mutex();
              Mutex b = new Mutex();
              Chan<Integer> aHeld = Chan.make(1);
              Chan<Integer> bHeld = Chan.make(1);
              Task t1 =
                  Go.go(
                      "locker-ab",
                      () -> {
                        a.lock();
                        aHeld.send(1);
                        bHeld.recv();
                        b.lock();
                      });
              Task t2 =
                  Go.go(
                      "locker-ba",
                      () -> {
                        b.lock();
                        bHeld.send(1);
                        aHeld.recv();
                        a.lock();
                      });
              Throwable f1 = assertThrows(TaskFailedException.class, t1::join).getCause();
              Throwable f2 = assertThrows(TaskFailedException.class, t2::join).getCause();
              assertInstanceOf(DeadlockException.class, f2);
              return f1;
            });
    DeadlockException d = assertInstanceOf(DeadlockException.class, e);
    assertTrue(d.getMessage().contains("a cycle of lock holders"), d.getMessage());
    assertTrue(d.getMessage().contains("(rule LockOrderInversion)"), d.getMessage());
    List<String> names = d.dump().entries().stream().map(TaskDump.Entry::name).sorted().toList();
    assertEquals(List.of("locker-ab", "locker-ba"), names);
    for (TaskDump.Entry t : d.dump().entries()) {
      assertEquals(Blocking.MUTEX_LOCK, t.operation());
      assertTrue(t.blockedOn().startsWith("Mutex@"), t.blockedOn());
      assertEquals("DeadlockDetectionTest.java", t.site().getFileName());
    }
  }

  @Test
  void awaitingAWaitGroupWhoseDoneNeverComesWhileAllTasksAreBlocked() {
    DeadlockException e =
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              WaitGroup wg = new WaitGroup();
              Chan<Integer> never = Chan.make();
              wg.add(2);
              Go.go("quick-worker", wg::done);
              Go.go(
                  "stuck-worker",
                  () -> {
                    never.recv(); // nobody sends: done() below never comes
                    wg.done();
                  });
              return assertThrows(DeadlockException.class, wg::await);
            });
    assertTrue(e.getMessage().contains("(rule UnbalancedWaitGroup)"), e.getMessage());
    assertTrue(e.getMessage().contains("(rule ChannelDeadlock)"), e.getMessage());
    List<String> ops = e.dump().entries().stream().map(TaskDump.Entry::operation).toList();
    assertTrue(ops.contains(Blocking.WAITGROUP_WAIT), ops.toString());
    assertTrue(
        e.dump().tasks().stream().anyMatch(t -> t.name().equals("stuck-worker")),
        e.dump().toString());
    assertTrue(
        e.dump().entries().stream().noneMatch(t -> t.name().equals("quick-worker")),
        e.dump().toString());
  }

  @Test
  void sendingOnAnUnbufferedChannelAfterTheOnlyReceiverReturned() {
    DeadlockException e =
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              Chan<Integer> ch = Chan.make();
              Task receiver = Go.go("one-shot-receiver", ch::recv);
              ch.send(1);
              receiver.join();
              return assertThrows(DeadlockException.class, () -> ch.send(2));
            });
    TaskDump.Entry sender = only(e.dump().entries());
    assertEquals(Blocking.CHAN_SEND, sender.operation());
    assertTrue(e.getMessage().contains("chan send"), e.getMessage());
    assertTrue(e.getMessage().contains("DeadlockDetectionTest.java:"), e.getMessage());
  }

  @Test
  void aSelectWhoseChannelsNobodyUsesIsADeadlockButOneWithATimeoutIsNot() {
    DeadlockException e =
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              Chan<Integer> a = Chan.make();
              Chan<Integer> b = Chan.make(1);
              return assertThrows(
                  DeadlockException.class,
                  () -> Select.select(Select.recv(a, v -> {}), Select.recv(b, v -> {})));
            });
    assertEquals(Blocking.SELECT, only(e.dump().entries()).operation());
    long before = Deadlocks.detections();
    Chan<Integer> c = Chan.make();
    boolean[] timedOut = new boolean[1];
    Select.select(
        Select.recv(c, v -> {}),
        Select.after(Duration.ofMillis(2 * Deadlocks.DELAY_MILLIS), () -> timedOut[0] = true));
    assertTrue(timedOut[0]);
    assertEquals(before, Deadlocks.detections());
  }

  @Test
  void aChannelWhoseCreatorIsStillRunningIsNotADeadlock() throws InterruptedException {
    long before = Deadlocks.detections();
    Chan<Integer> ch = Chan.make();
    Task t = Go.go("patient-receiver", ch::recv);
    Thread.sleep(3 * Deadlocks.DELAY_MILLIS); // this thread made ch and may still send
    ch.send(7);
    t.join();
    assertEquals(before, Deadlocks.detections());
  }

  @Test
  void aContextDeadlineMayStillWakeItsDoneChannel() {
    long before = Deadlocks.detections();
    Task t =
        Go.go(
            () -> {
              try (CancelContext ctx =
                  Context.withTimeout(
                      Context.background(), Duration.ofMillis(3 * Deadlocks.DELAY_MILLIS))) {
                ctx.done().recv();
              }
            });
    t.join();
    assertEquals(before, Deadlocks.detections());
  }

  @Test
  void aChannelBecomesADeadlockWhenItsCreatorOutsideGosafeEnds() {
    Throwable e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(3),
            () -> {
              Chan<Chan<Integer>> handOff = Chan.make(1);
              Thread creator =
                  Thread.ofPlatform()
                      .start(
                          () -> {
                            handOff.send(Chan.make());
                            java.util.concurrent.locks.LockSupport.parkNanos(
                                Duration.ofMillis(2 * Deadlocks.DELAY_MILLIS).toNanos());
                          });
              Chan<Integer> ch = handOff.recv();
              Task t = Go.go("orphaned-receiver", () -> ch.recv());
              creator.join();
              return assertThrows(TaskFailedException.class, t::join).getCause();
            });
    assertInstanceOf(DeadlockException.class, e);
    assertEquals("orphaned-receiver", only(((DeadlockException) e).dump().entries()).name());
  }

  @Test
  void selectWithNoCasesBlocksOnPurposeAndIsNeverReported() throws InterruptedException {
    long before = Deadlocks.detections();
    Task t = Go.go("select-forever", () -> Select.select());
    Thread.sleep(3 * Deadlocks.DELAY_MILLIS);
    assertEquals(before, Deadlocks.detections());
    t.thread().interrupt();
    Throwable f = assertThrows(TaskFailedException.class, t::join).getCause();
    assertInstanceOf(InterruptedOperationException.class, f);
  }

  private static TaskDump.Entry only(List<TaskDump.Entry> entries) {
    assertEquals(1, entries.size(), entries.toString());
    return entries.get(0);
  }
}
