package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ErrGroupTest {

  @Test
  void firstFailureCancelsTheContextIsRethrownAndTheOthersAreStillAwaited() {
    ErrGroup g = new ErrGroup(Context.background());
    RuntimeException boom = new IllegalStateException("boom");
    AtomicBoolean sawCancel = new AtomicBoolean();
    AtomicBoolean slowFinished = new AtomicBoolean();
    g.go(
        () -> {
          g.context().done().recv(); // blocks until the failure cancels the group context
          sawCancel.set(g.context().err() == ContextError.CANCELED);
          slowFinished.set(true);
        });
    g.go(
        () -> {
          throw boom;
        });
    RuntimeException thrown = assertThrows(RuntimeException.class, g::await);
    assertSame(boom, thrown);
    assertTrue(sawCancel.get());
    assertTrue(slowFinished.get(), "await returned before every task finished");
  }

  @Test
  void laterFailuresAreSuppressedOntoTheFirst() {
    ErrGroup g = new ErrGroup();
    RuntimeException first = new IllegalStateException("first");
    g.go(
        () -> {
          throw first;
        });
    for (int i = 0; i < 3; i++) {
      int k = i;
      g.go(
          () -> {
            g.context().done().recv();
            throw new IllegalArgumentException("later " + k);
          });
    }
    RuntimeException thrown = assertThrows(RuntimeException.class, g::await);
    assertSame(first, thrown);
    assertEquals(3, thrown.getSuppressed().length);
  }

  @Test
  void aCheckedFailureIsWrapped() {
    ErrGroup g = new ErrGroup();
    IOException io = new IOException("disk");
    g.goChecked(
        () -> {
          throw io;
        });
    TaskFailedException e = assertThrows(TaskFailedException.class, g::await);
    assertSame(io, e.getCause());
  }

  @Test
  void successLeavesNoFailureAndAwaitCancelsTheContext() {
    ErrGroup g = new ErrGroup(Context.background());
    int[] results = new int[100];
    for (int i = 0; i < results.length; i++) {
      int k = i;
      g.go(() -> results[k] = k * 2);
    }
    assertNull(g.context().err());
    g.await();
    for (int i = 0; i < results.length; i++) {
      assertEquals(i * 2, results[i]);
    }
    assertEquals(ContextError.CANCELED, g.context().err());
  }

  @Test
  void cancellingTheParentCancelsTheGroupContext() {
    CancelContext parent = Context.withCancel(Context.background());
    ErrGroup g = new ErrGroup(parent);
    AtomicInteger stopped = new AtomicInteger();
    for (int i = 0; i < 4; i++) {
      g.go(
          () -> {
            g.context().done().recv();
            stopped.incrementAndGet();
          });
    }
    parent.cancel();
    g.await();
    assertEquals(4, stopped.get());
  }

  @Test
  void interruptedAwaitThrowsAndRestoresTheFlag() {
    ErrGroup g = new ErrGroup();
    Chan<Void> never = Chan.make();
    g.go(() -> Select.select(Select.recv(never, v -> {}), Select.recv(g.context().done(), v -> {})));
    AtomicBoolean flag = new AtomicBoolean();
    SyncProbe p =
        SyncProbe.start(
                () -> {
                  try {
                    g.await();
                  } finally {
                    flag.set(Thread.currentThread().isInterrupted());
                  }
                })
            .awaitParkedIn(Blocking.WAITGROUP_WAIT);
    p.thread.interrupt();
    assertInstanceOf(InterruptedOperationException.class, p.join());
    assertTrue(flag.get());
    never.close();
    g.await();
  }
}
