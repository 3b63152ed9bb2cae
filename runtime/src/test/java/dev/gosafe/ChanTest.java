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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChanTest {

  @Test
  void aTaskOnAFullOrEmptyBufferYieldsAtMostBrieflyThenParksAndIsCompletedInOrder() {
    // given a full buffered channel, a task that sends to it and one that receives from an empty one
    Chan<Integer> full = Chan.make(1);
    full.send(1);
    Chan<Integer> empty = Chan.make(1);
    Task sender = Go.go(() -> full.send(2));
    AtomicReference<Integer> got = new AtomicReference<>();
    Task receiver = Go.go(() -> got.set(empty.recv()));
    // then both end up parked and recorded as blocked (a yield is bounded, not a spin loop)
    awaitBlocked(sender, Blocking.CHAN_SEND);
    awaitBlocked(receiver, Blocking.CHAN_RECV);
    // and the queued sender's value comes after the buffered one; the receiver gets the send
    assertEquals(1, full.recv());
    assertEquals(2, full.recv());
    empty.send(3);
    sender.join();
    receiver.join();
    assertEquals(3, got.get());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void sendBeyondCapacityDoesNotReturnBeforeTheReceive(int cap) {
    // given a channel whose buffer is full
    Chan<Integer> ch = Chan.make(cap);
    for (int i = 0; i < cap; i++) {
      ch.send(i);
    }
    AtomicBoolean returned = new AtomicBoolean();
    // when one more send is attempted
    Task sender =
        Go.go(
            () -> {
              ch.send(cap);
              returned.set(true);
            });
    awaitBlocked(sender, Blocking.CHAN_SEND);
    // then it has not returned before a receive
    assertFalse(returned.get());
    assertFalse(sender.join(Duration.ofMillis(30)));
    assertFalse(returned.get());
    assertEquals(0, ch.recv(), "the buffer head (or, unbuffered, the blocked value)");
    sender.join();
    assertTrue(returned.get());
    for (int i = 1; i <= cap; i++) {
      assertEquals(i, ch.recv());
    }
    assertEquals(0, ch.len());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void receiveBlocksUntilASendAndGetsThatValue(int cap) {
    Chan<String> ch = Chan.make(cap);
    AtomicReference<String> got = new AtomicReference<>();
    Task receiver = Go.go(() -> got.set(ch.recv()));
    awaitBlocked(receiver, Blocking.CHAN_RECV);
    assertNull(got.get());
    ch.send("v");
    receiver.join();
    assertEquals("v", got.get());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void valuesOfEachSenderArriveInOrder(int cap) {
    // given three senders each sending 0..999 tagged with its id
    Chan<int[]> ch = Chan.make(cap);
    int n = 1000;
    List<Task> senders = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      int id = s;
      senders.add(
          Go.go(
              () -> {
                for (int i = 0; i < n; i++) {
                  ch.send(new int[] {id, i});
                }
              }));
    }
    // when one receiver takes them all
    int[] last = {-1, -1, -1};
    for (int k = 0; k < 3 * n; k++) {
      int[] v = ch.recv();
      // then each sender's values come in order, without gaps
      assertEquals(last[v[0]] + 1, v[1], "sender " + v[0]);
      last[v[0]] = v[1];
    }
    senders.forEach(Task::join);
    assertEquals(0, ch.len());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void closeLetsBufferedValuesDrainThenReportsClosed(int cap) {
    Chan<Integer> ch = Chan.make(cap);
    for (int i = 0; i < cap; i++) {
      ch.send(i);
    }
    ch.close();
    assertEquals(cap, ch.len());
    for (int i = 0; i < cap; i++) {
      assertEquals(new Recv.Value<>(i), ch.recvOk());
    }
    assertNull(ch.recv());
    Recv<Integer> r = ch.recvOk();
    assertInstanceOf(Recv.Closed.class, r);
    assertFalse(r.ok());
    assertNull(r.valueOrNull());
    assertNull(ch.recv(), "closed stays closed");
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void closeWakesBlockedSendersWithClosedChannelException(int cap) {
    // given a full channel and three blocked senders
    Chan<Integer> ch = Chan.make(cap);
    for (int i = 0; i < cap; i++) {
      ch.send(i);
    }
    List<Task> senders = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      int v = 1000 + s;
      Task t = goCatching(() -> ch.send(v));
      awaitBlocked(t, Blocking.CHAN_SEND);
      senders.add(t);
    }
    // when the channel is closed
    ch.close();
    // then each sender fails with the exact message, and only the buffered values are received
    for (Task t : senders) {
      Throwable f = failureOf(t);
      assertInstanceOf(ClosedChannelException.class, f);
      assertEquals("gosafe: send on closed channel", f.getMessage());
    }
    for (int i = 0; i < cap; i++) {
      assertEquals(i, ch.recv());
    }
    assertNull(ch.recv());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void closeWakesBlockedReceiversWhoSeeClosed(int cap) {
    Chan<Integer> ch = Chan.make(cap);
    ConcurrentLinkedQueue<Recv<Integer>> results = new ConcurrentLinkedQueue<>();
    List<Task> receivers = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      Task t = Go.go(() -> results.add(ch.recvOk()));
      awaitBlocked(t, Blocking.CHAN_RECV);
      receivers.add(t);
    }
    ch.close();
    receivers.forEach(Task::join);
    assertEquals(3, results.size());
    results.forEach(r -> assertInstanceOf(Recv.Closed.class, r));
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void forEachEndsWhenClosedAndDrained(int cap) {
    Chan<Integer> ch = Chan.make(cap);
    Task producer =
        Go.go(
            () -> {
              for (int i = 0; i < 100; i++) {
                ch.send(i);
              }
              ch.close();
            });
    List<Integer> got = new ArrayList<>();
    RecvChan<Integer> in = ch;
    for (int v : in) {
      got.add(v);
    }
    producer.join();
    assertEquals(100, got.size());
    for (int i = 0; i < 100; i++) {
      assertEquals(i, got.get(i));
    }
    assertFalse(in.iterator().hasNext());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void lenAndCapReportTheBuffer(int cap) {
    Chan<Integer> ch = Chan.make(cap);
    assertEquals(cap, ch.cap());
    assertEquals(0, ch.len());
    for (int i = 0; i < cap; i++) {
      ch.send(i);
      assertEquals(i + 1, ch.len());
    }
    if (cap > 0) {
      ch.recv();
      assertEquals(cap - 1, ch.len());
    }
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void misuseFailsWithExactMessages(int cap) {
    Chan<Integer> ch = Chan.make(cap);
    NullPointerException npe = assertThrows(NullPointerException.class, () -> ch.send(null));
    assertEquals(
        "gosafe: send of null value (null is what recv returns for a closed channel)",
        npe.getMessage());
    assertEquals(0, ch.len());
    ch.close();
    assertEquals(
        "gosafe: send on closed channel",
        assertThrows(ClosedChannelException.class, () -> ch.send(1)).getMessage());
    assertEquals(
        "gosafe: close of closed channel",
        assertThrows(ClosedChannelException.class, ch::close).getMessage());
  }

  @Test
  void negativeCapacityIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Chan.make(-1));
    assertEquals("gosafe: negative channel capacity -1", e.getMessage());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void interruptedReceiveThrowsRestoresFlagAndTakesNothing(int cap) {
    Chan<Integer> ch = Chan.make(cap);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    Task t =
        Go.go(
            () -> {
              try {
                ch.recv();
              } catch (InterruptedOperationException e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
              }
            });
    awaitBlocked(t, Blocking.CHAN_RECV);
    interruptThread(t);
    t.join();
    assertInstanceOf(InterruptedOperationException.class, thrown.get());
    assertInstanceOf(InterruptedException.class, thrown.get().getCause());
    assertTrue(flag.get(), "interrupt flag restored");
    // the cancelled receiver no longer takes values
    Task s = Go.go(() -> ch.send(7));
    assertEquals(7, ch.recv());
    s.join();
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 2, 64})
  void interruptedSendThrowsRestoresFlagAndSendsNothing(int cap) {
    Chan<Integer> ch = Chan.make(cap);
    for (int i = 0; i < cap; i++) {
      ch.send(i);
    }
    AtomicBoolean flag = new AtomicBoolean();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Task t =
        Go.go(
            () -> {
              try {
                ch.send(-1);
              } catch (InterruptedOperationException e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
              }
            });
    awaitBlocked(t, Blocking.CHAN_SEND);
    interruptThread(t);
    t.join();
    assertInstanceOf(InterruptedOperationException.class, thrown.get());
    assertTrue(flag.get());
    ch.close();
    int n = 0;
    for (int v : ch) {
      assertEquals(n++, v);
    }
    assertEquals(cap, n, "the interrupted value was not sent");
  }

  @Test
  void viewsExposeOneDirection() {
    Chan<String> ch = Chan.make(1);
    SendChan<String> out = ch;
    RecvChan<String> in = ch;
    out.send("x");
    assertEquals(1, in.len());
    assertEquals("x", in.recv());
    out.close();
    assertNull(in.recv());
  }

  /** Interrupts the thread running {@code t} (found through its Blocking record). */
  static void interruptThread(Task t) {
    t.blocking().thread().interrupt();
  }
}
