package dev.gosafe;

import static dev.gosafe.ChanTestSupport.awaitBlocked;
import static dev.gosafe.ChanTestSupport.failureOf;
import static dev.gosafe.ChanTestSupport.goCatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SelectTest {

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void defaultRunsWhenNothingIsReadyAndNeverBlocks(int cap) {
    // given an empty channel to receive from and a full one to send to
    Chan<Integer> empty = Chan.make(cap);
    Chan<Integer> full = Chan.make(cap);
    for (int i = 0; i < cap; i++) {
      full.send(i);
    }
    AtomicReference<String> ran = new AtomicReference<>();
    // when selecting with a default
    Select.select(
        Select.recv(empty, v -> ran.set("recv")),
        Select.send(full, -1, () -> ran.set("send")),
        Select.defaultCase(() -> ran.set("default")));
    // then the default ran and nothing moved
    assertEquals("default", ran.get());
    assertEquals(0, empty.len());
    assertEquals(cap, full.len());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void blockedSelectReceivesTheOneValueSent(int cap) {
    Chan<Integer> a = Chan.make(cap);
    Chan<Integer> b = Chan.make(cap);
    AtomicReference<String> got = new AtomicReference<>();
    Task t =
        Go.go(
            () ->
                Select.select(
                    Select.recv(a, v -> got.set("a" + v)), Select.recv(b, v -> got.set("b" + v))));
    awaitBlocked(t, Blocking.SELECT);
    b.send(5);
    t.join();
    assertEquals("b5", got.get());
    // the waiter left on `a` must not swallow a later value
    if (cap > 0) {
      a.send(6);
      assertEquals(1, a.len());
      assertEquals(6, a.recv());
    } else {
      Task s = Go.go(() -> a.send(6));
      awaitBlocked(s, Blocking.CHAN_SEND);
      assertEquals(6, a.recv());
      s.join();
    }
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void blockedSelectSendDeliversToAReceiver(int cap) {
    Chan<Integer> full = Chan.make(cap);
    for (int i = 0; i < cap; i++) {
      full.send(i);
    }
    Chan<Integer> never = Chan.make();
    AtomicBoolean sent = new AtomicBoolean();
    Task t =
        Go.go(
            () ->
                Select.select(
                    Select.send(full, 99, () -> sent.set(true)),
                    Select.recv(never, v -> {})));
    awaitBlocked(t, Blocking.SELECT);
    assertFalse(sent.get());
    List<Integer> got = new ArrayList<>();
    got.add(full.recv());
    t.join();
    assertTrue(sent.get());
    for (int i = 0; i < cap; i++) {
      got.add(full.recv());
    }
    assertEquals(cap == 0 ? List.of(99) : expected(cap), got);
  }

  private static List<Integer> expected(int cap) {
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < cap; i++) {
      l.add(i);
    }
    l.add(99);
    return l;
  }

  @Test
  void selectPerformsExactlyOneOfTwoReadyCases() {
    // given two unbuffered channels, each with a blocked sender
    Chan<Integer> a = Chan.make();
    Chan<Integer> b = Chan.make();
    Task sa = Go.go(() -> a.send(1));
    Task sb = Go.go(() -> b.send(2));
    awaitBlocked(sa, Blocking.CHAN_SEND);
    awaitBlocked(sb, Blocking.CHAN_SEND);
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger got = new AtomicInteger();
    // when one select runs
    Select.select(
        Select.recv(
            a,
            v -> {
              calls.incrementAndGet();
              got.set(v);
            }),
        Select.recv(
            b,
            v -> {
              calls.incrementAndGet();
              got.set(v);
            }));
    // then exactly one body ran and exactly one sender was released
    assertEquals(1, calls.get());
    Task released = got.get() == 1 ? sa : sb;
    Task other = got.get() == 1 ? sb : sa;
    released.join();
    assertFalse(other.join(Duration.ofMillis(30)), "the other sender is still blocked");
    assertEquals(got.get() == 1 ? 2 : 1, (got.get() == 1 ? b : a).recv());
    other.join();
  }

  @Test
  void afterFiresWithinTolerance() {
    Chan<Integer> never = Chan.make();
    AtomicReference<String> ran = new AtomicReference<>();
    long t0 = System.nanoTime();
    Select.select(
        Select.recv(never, v -> ran.set("recv")),
        Select.after(Duration.ofMillis(100), () -> ran.set("after")));
    long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
    assertEquals("after", ran.get());
    assertTrue(ms >= 100 && ms < 600, "fired after " + ms + " ms");
    // and the waiter left on the channel is gone: a sender still blocks until a real receive
    Task s = Go.go(() -> never.send(1));
    awaitBlocked(s, Blocking.CHAN_SEND);
    assertEquals(1, never.recv());
    s.join();
  }

  @Test
  void theEarliestAfterFiresAndAlone() {
    AtomicReference<String> ran = new AtomicReference<>();
    long t0 = System.nanoTime();
    Select.select(
        Select.after(Duration.ofSeconds(5), () -> ran.set("late")),
        Select.after(Duration.ofMillis(20), () -> ran.set("early")));
    assertEquals("early", ran.get());
    assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() < 1000);
  }

  @Test
  void readyChannelBeatsAPendingTimeout() {
    Chan<Integer> ch = Chan.make(1);
    ch.send(3);
    AtomicReference<Object> ran = new AtomicReference<>();
    Select.select(
        Select.recv(ch, ran::set), Select.after(Duration.ofMillis(50), () -> ran.set("after")));
    assertEquals(3, ran.get());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void caseOnClosedChannelIsReady(int cap) {
    Chan<Integer> ch = Chan.make(cap);
    ch.close();
    AtomicReference<Object> got = new AtomicReference<>("unset");
    Select.select(Select.recv(ch, got::set));
    assertNull(got.get());
    Select.select(Select.recvOk(ch, got::set), Select.defaultCase(() -> got.set("default")));
    assertInstanceOf(Recv.Closed.class, got.get());
    ClosedChannelException e =
        assertThrows(
            ClosedChannelException.class,
            () -> Select.select(Select.send(ch, 1, () -> got.set("sent"))));
    assertEquals("gosafe: send on closed channel", e.getMessage());
    assertInstanceOf(Recv.Closed.class, got.get());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void closeWakesABlockedSelect(int cap) {
    Chan<Integer> in = Chan.make(cap);
    Chan<Integer> out = Chan.make(cap);
    for (int i = 0; i < cap; i++) {
      out.send(i);
    }
    AtomicReference<Object> got = new AtomicReference<>("unset");
    Task r = Go.go(() -> Select.select(Select.recvOk(in, got::set)));
    Task s = goCatching(() -> Select.select(Select.send(out, -1, () -> got.set("sent"))));
    awaitBlocked(r, Blocking.SELECT);
    awaitBlocked(s, Blocking.SELECT);
    in.close();
    r.join();
    assertInstanceOf(Recv.Closed.class, got.get());
    out.close();
    Throwable f = failureOf(s);
    assertInstanceOf(ClosedChannelException.class, f);
    assertEquals("gosafe: send on closed channel", f.getMessage());
    assertEquals(cap, out.len());
  }

  @Test
  void readyCasesAreChosenUniformly() {
    Chan<Integer> a = Chan.make(1);
    Chan<Integer> b = Chan.make(1);
    Chan<Integer> c = Chan.make(1);
    a.send(0);
    b.send(0);
    int[] counts = new int[3];
    for (int i = 0; i < 30_000; i++) {
      // a and b stay ready: each case puts back what it took; c has room to send
      Select.select(
          Select.recv(a, v -> {
            counts[0]++;
            a.send(v);
          }),
          Select.recv(b, v -> {
            counts[1]++;
            b.send(v);
          }),
          Select.send(c, 1, () -> {
            counts[2]++;
            c.recv();
          }));
    }
    for (int k = 0; k < 3; k++) {
      assertTrue(
          Math.abs(counts[k] - 10_000) <= 500,
          "case " + k + " chosen " + counts[k] + " times of 30000");
    }
  }

  @Test
  void interruptedSelectThrowsRestoresFlagAndLeavesNoWaiter() {
    Chan<Integer> a = Chan.make();
    AtomicBoolean flag = new AtomicBoolean();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Task t =
        Go.go(
            () -> {
              try {
                Select.select(Select.recv(a, v -> {}), Select.after(Duration.ofHours(1), () -> {}));
              } catch (InterruptedOperationException e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
              }
            });
    awaitBlocked(t, Blocking.SELECT);
    ChanTest.interruptThread(t);
    t.join();
    assertInstanceOf(InterruptedOperationException.class, thrown.get());
    assertTrue(flag.get());
    Task s = Go.go(() -> a.send(1));
    awaitBlocked(s, Blocking.CHAN_SEND);
    assertEquals(1, a.recv());
    s.join();
  }

  @Test
  void sendAndReceiveOnTheSameChannelInOneSelect() {
    Chan<Integer> ch = Chan.make();
    AtomicReference<String> got = new AtomicReference<>();
    Task t =
        Go.go(
            () ->
                Select.select(
                    Select.send(ch, 1, () -> got.set("sent")),
                    Select.recv(ch, v -> got.set("recv" + v))));
    awaitBlocked(t, Blocking.SELECT);
    ch.send(2);
    t.join();
    assertEquals("recv2", got.get());
  }

  @Test
  void misuseFailsWithExactMessages() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Select.select(Select.defaultCase(() -> {}), Select.defaultCase(() -> {})));
    assertEquals("gosafe: multiple defaults in select", e.getMessage());
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> Select.send(Chan.make(), null, () -> {}));
    assertTrue(npe.getMessage().startsWith("gosafe: send of null value"));
  }

  @Test
  void emptySelectBlocksUntilInterrupted() {
    AtomicBoolean flag = new AtomicBoolean();
    Task t =
        Go.go(
            () -> {
              try {
                Select.select();
              } catch (InterruptedOperationException e) {
                flag.set(Thread.currentThread().isInterrupted());
              }
            });
    awaitBlocked(t, Blocking.SELECT_NO_CASES);
    ChanTest.interruptThread(t);
    t.join();
    assertTrue(flag.get());
  }

  @Test
  void packedPollOrderIsAUniformPermutation() {
    for (int n = 1; n <= Select.PACKED_MAX; n++) {
      for (int rep = 0; rep < 100; rep++) {
        long p = Select.packedPollOrder(n);
        int seen = 0;
        for (int k = 0; k < n; k++) {
          seen |= 1 << ((int) (p >>> (4 * k)) & 0xF);
        }
        assertEquals((1 << n) - 1, seen, "not a permutation of 0.." + (n - 1));
      }
    }
    int[] counts = new int[6 * 6 * 6]; // n = 3: index by the three positions, base 6
    for (int i = 0; i < 60_000; i++) {
      long p = Select.packedPollOrder(3);
      counts[(int) (p & 0xFFF) % counts.length]++;
    }
    int perms = 0;
    for (int c : counts) {
      if (c > 0) {
        perms++;
        assertTrue(Math.abs(c - 10_000) <= 600, "a permutation of 3 drawn " + c + " of 60000");
      }
    }
    assertEquals(6, perms);
  }

  @Test
  void aSelectOverMoreThanSixteenReadyCasesIsUniformAndPerformsOneCase() {
    int n = 20;
    List<Chan<Integer>> chans = new ArrayList<>();
    int[] counts = new int[n];
    Select.Case[] cases = new Select.Case[n];
    for (int k = 0; k < n; k++) {
      Chan<Integer> ch = Chan.make(1);
      ch.send(k);
      chans.add(ch);
      int idx = k;
      cases[k] =
          Select.recv(
              ch,
              v -> {
                counts[idx]++;
                ch.send(v); // keep it ready
              });
    }
    for (int i = 0; i < 20_000; i++) {
      Select.select(cases);
    }
    for (int k = 0; k < n; k++) {
      assertTrue(Math.abs(counts[k] - 1_000) <= 200, "case " + k + " chosen " + counts[k]);
      assertEquals(1, chans.get(k).len(), "exactly one case took effect and was put back");
    }
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void aReadySelectReceiveCompletesAParkedSender(int cap) {
    // given a channel whose buffer is full and a sender parked on it, and an idle second channel
    Chan<Integer> a = Chan.make(cap);
    Chan<Integer> idle = Chan.make(cap);
    for (int i = 0; i < cap; i++) {
      a.send(i);
    }
    Task sender = Go.go(() -> a.send(1000));
    awaitBlocked(sender, Blocking.CHAN_SEND);
    // when a select receives from it, then it gets the oldest value and the sender completes
    AtomicInteger got = new AtomicInteger(-1);
    Select.select(Select.recv(a, got::set), Select.recv(idle, v -> got.set(-2)));
    assertEquals(cap == 0 ? 1000 : 0, got.get());
    sender.join();
    assertEquals(cap, a.len());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2})
  void aDefaultRunsOnlyWhenNoChannelIsReadyAtOneInstant(int cap) {
    // given two channels that are not ready, a select with a default runs the default...
    Chan<Integer> a = Chan.make(cap);
    Chan<Integer> b = Chan.make(cap);
    AtomicReference<String> got = new AtomicReference<>();
    Select.select(
        Select.recv(a, v -> got.set("a")),
        Select.recv(b, v -> got.set("b")),
        Select.defaultCase(() -> got.set("default")));
    assertEquals("default", got.get());
    // ...and once one is closed, that case is ready
    b.close();
    Select.select(
        Select.recv(a, v -> got.set("a")),
        Select.recv(b, v -> got.set(v == null ? "b closed" : "b")),
        Select.defaultCase(() -> got.set("default")));
    assertEquals("b closed", got.get());
  }
}
