package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ContextTest {

  /** Whether ctx.done() is closed now, without blocking. */
  private static boolean isDone(Context ctx) {
    AtomicBoolean closed = new AtomicBoolean();
    Select.select(
        Select.recvOk(ctx.done(), r -> closed.set(r instanceof Recv.Closed)),
        Select.defaultCase(() -> {}));
    return closed.get();
  }

  @Test
  void backgroundIsNeverDone() {
    Context bg = Context.background();
    assertSame(bg, Context.background());
    assertNull(bg.err());
    assertEquals(Optional.empty(), bg.deadline());
    assertFalse(isDone(bg));
  }

  @Test
  void cancelClosesDoneAndSetsErr() {
    CancelContext ctx = Context.withCancel(Context.background());
    assertNull(ctx.err());
    assertFalse(isDone(ctx));
    ctx.cancel();
    assertEquals(ContextError.CANCELED, ctx.err());
    assertInstanceOf(Recv.Closed.class, ctx.done().recvOk());
    assertNull(ctx.done().recv());
    ctx.cancel(); // idempotent: a second close of done would throw
    assertEquals(ContextError.CANCELED, ctx.err());
    assertEquals("context canceled", ctx.err().message());
  }

  @Test
  void closeIsCancelInTryWithResources() {
    CancelContext outside;
    try (CancelContext ctx = Context.withCancel(Context.background())) {
      outside = ctx;
      assertNull(ctx.err());
    }
    assertEquals(ContextError.CANCELED, outside.err());
    assertTrue(isDone(outside));
  }

  @Test
  void cancellingAParentCancelsTheWholeSubtreeButNotTheParentsParent() {
    CancelContext root = Context.withCancel(Context.background());
    CancelContext parent = Context.withCancel(root);
    CancelContext child = Context.withCancel(parent);
    CancelContext grandchild = Context.withCancel(child);
    CancelContext sibling = Context.withCancel(parent);
    parent.cancel();
    for (Context c : new Context[] {parent, child, grandchild, sibling}) {
      assertEquals(ContextError.CANCELED, c.err(), c.toString());
      assertTrue(isDone(c), c.toString());
    }
    assertNull(root.err());
    assertFalse(isDone(root));
    root.cancel();
  }

  @Test
  void cancellingAChildLeavesTheParentLiveAndDetachesTheChild() {
    CancelContext parent = Context.withCancel(Context.background());
    CancelCtx impl = (CancelCtx) parent;
    for (int i = 0; i < 1_000; i++) {
      try (CancelContext child = Context.withCancel(parent)) {
        assertEquals(1, impl.childCount());
      }
    }
    assertEquals(0, impl.childCount(), "cancelled children stay registered in the parent");
    CancelContext kept = Context.withCancel(parent);
    CancelContext timed = Context.withTimeout(parent, Duration.ofHours(1));
    assertEquals(2, impl.childCount());
    timed.cancel();
    assertEquals(1, impl.childCount());
    assertNull(parent.err());
    parent.cancel();
    assertEquals(ContextError.CANCELED, kept.err());
    assertEquals(0, impl.childCount());
  }

  @Test
  void aChildOfACancelledParentIsBornCancelled() {
    CancelContext parent = Context.withCancel(Context.background());
    parent.cancel();
    CancelContext child = Context.withCancel(parent);
    assertEquals(ContextError.CANCELED, child.err());
    assertTrue(isDone(child));
    CancelContext timed = Context.withTimeout(parent, Duration.ofHours(1));
    assertEquals(ContextError.CANCELED, timed.err());
  }

  @Test
  void withTimeoutFiresWithinTolerance() {
    long t0 = System.nanoTime();
    CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofMillis(100));
    CancelContext child = Context.withCancel(ctx);
    assertNull(ctx.err());
    assertNull(ctx.done().recv()); // blocks until the deadline
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms >= 95 && ms < 2_000, "fired after " + ms + " ms");
    assertEquals(ContextError.DEADLINE_EXCEEDED, ctx.err());
    assertEquals("context deadline exceeded", ctx.err().message());
    assertNull(child.done().recv());
    assertEquals(ContextError.DEADLINE_EXCEEDED, child.err(), "child gets the parent's reason");
    ctx.cancel();
    assertEquals(ContextError.DEADLINE_EXCEEDED, ctx.err(), "err never changes once set");
  }

  @Test
  void nonPositiveTimeoutIsBornExpired() {
    CancelContext ctx = Context.withTimeout(Context.background(), Duration.ZERO);
    assertEquals(ContextError.DEADLINE_EXCEEDED, ctx.err());
    assertTrue(isDone(ctx));
  }

  @Test
  void cancelBeforeTheDeadlineRemovesTheTimer() {
    CancelContext probe = Context.withTimeout(Context.background(), Duration.ofHours(2));
    int before = ContextTimers.pending();
    CancelContext[] ctxs = new CancelContext[100];
    for (int i = 0; i < ctxs.length; i++) {
      ctxs[i] = Context.withTimeout(Context.background(), Duration.ofHours(1));
    }
    assertEquals(before + 100, ContextTimers.pending());
    for (CancelContext c : ctxs) {
      c.close();
      assertEquals(ContextError.CANCELED, c.err());
    }
    assertEquals(before, ContextTimers.pending(), "cancelled timers stay queued");
    probe.cancel();
  }

  @Test
  void deadlineIsOwnOrTheEarlierInheritedOne() {
    Instant before = Instant.now();
    CancelContext outer = Context.withTimeout(Context.background(), Duration.ofSeconds(10));
    Instant d = outer.deadline().orElseThrow();
    assertFalse(d.isBefore(before.plusSeconds(10)));
    assertTrue(d.isBefore(Instant.now().plusSeconds(11)));
    assertEquals(Optional.of(d), Context.withCancel(outer).deadline());
    assertEquals(Optional.of(d), Context.withTimeout(outer, Duration.ofHours(1)).deadline());
    CancelContext inner = Context.withTimeout(outer, Duration.ofSeconds(1));
    assertTrue(inner.deadline().orElseThrow().isBefore(d));
    outer.cancel();
    assertEquals(ContextError.CANCELED, inner.err());
  }

  @Test
  void aForeignParentIsWatched() {
    Chan<Void> signal = Chan.make();
    AtomicBoolean cancelled = new AtomicBoolean();
    Context foreign =
        new Context() {
          @Override
          public RecvChan<Void> done() {
            return signal;
          }

          @Override
          public @Nullable ContextError err() {
            return cancelled.get() ? ContextError.DEADLINE_EXCEEDED : null;
          }

          @Override
          public Optional<Instant> deadline() {
            return Optional.empty();
          }
        };
    CancelContext child = Context.withCancel(foreign);
    assertNull(child.err());
    cancelled.set(true);
    signal.close();
    assertNull(child.done().recv());
    assertEquals(ContextError.DEADLINE_EXCEEDED, child.err());
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> Context.withCancel(null));
    assertThrows(
        NullPointerException.class, () -> Context.withTimeout(Context.background(), null));
  }
}
