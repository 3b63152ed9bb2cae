package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The slot protocol of an unbuffered channel (ChanQueues, docs/adr/0011), step by step from one
 * thread through the package-private operations, so each transition is checked deterministically;
 * ChanStressTest, the jcstress and the Lincheck tests race them.
 */
@Timeout(10)
class ChanSlotTest {
  private static final int SPIN = 1_000_000; // long enough never to run out in these tests

  private Chan<Integer> ch;

  @BeforeEach
  void slotsAreOn() {
    assumeTrue(Spin.ENABLED, "slots are used only when spinning is on (more than one CPU)");
    ch = Chan.make();
    assertTrue(ch.slots());
  }

  private Object recvSlot() {
    return ch.slotsForTest()[0];
  }

  private Object sendSlot() {
    return ch.slotsForTest()[1];
  }

  private Object lessee() {
    return ch.slotsForTest()[2];
  }

  @Test
  void aSenderCompletesAReceiverInTheSlotWithOneCasAndTheReceiverKeepsTheSlot() {
    assertTrue(ch.tryEnterRecvSlot());
    assertSame(ChanQueues.RECEIVER, recvSlot());
    assertEquals(Thread.currentThread().threadId(), lessee());
    assertTrue(ch.giveToSpinner(5));
    assertEquals(5, recvSlot());
    assertEquals(5, ch.spinInRecvSlot(SPIN));
    assertEquals(5, recvSlot(), "the lease: the receiver does not write the slot after its value");
    assertEquals(Thread.currentThread().threadId(), lessee());
  }

  @Test
  void onlyTheLesseeReclaimsItsSlot() throws Exception {
    assertTrue(ch.tryEnterRecvSlot());
    assertTrue(ch.giveToSpinner(5));
    assertEquals(5, ch.spinInRecvSlot(SPIN));
    assertFalse(ch.giveToSpinner(6), "a leased slot holds no receiver");
    AtomicReference<Boolean> otherEntered = new AtomicReference<>();
    Thread other =
        Thread.ofVirtual()
            .start(
                () -> {
                  otherEntered.set(ch.tryEnterRecvSlot());
                  ch.releaseRecvLease(); // not its lease: a no-op
                });
    other.join();
    assertFalse(otherEntered.get(), "another receiver must take the locked path");
    assertEquals(5, recvSlot());
    assertTrue(ch.tryEnterRecvSlot(), "the lessee claims its slot again with one CAS");
    assertSame(ChanQueues.RECEIVER, recvSlot());
    assertTrue(ch.giveToSpinner(7));
    assertEquals(7, ch.spinInRecvSlot(SPIN));
    ch.releaseRecvLease();
    assertNull(recvSlot());
    assertEquals(0L, lessee());
  }

  @Test
  void aSenderWaitsAMomentForTheLesseeAndGivesToItOnlyInTheSlot() throws Exception {
    assertFalse(ch.giveToReturningLessee(1), "a free slot has no lessee to wait for");
    assertTrue(ch.tryEnterRecvSlot());
    assertTrue(ch.giveToReturningLessee(2), "a receiver in the slot takes the value at once");
    assertEquals(2, ch.spinInRecvSlot(SPIN));
    assertFalse(ch.giveToReturningLessee(3), "the lessee did not come back: the sender gives up");
    assertEquals(2, recvSlot(), "and leaves the leased slot alone");
    // The lessee comes back while a sender waits.
    AtomicReference<Boolean> given = new AtomicReference<>();
    Thread sender =
        Thread.ofVirtual()
            .start(
                () -> {
                  boolean g = false;
                  while (!g && recvSlot() != ChanQueues.RECEIVER) {
                    g = ch.giveToReturningLessee(4);
                  }
                  given.set(g || ch.giveToReturningLessee(4));
                });
    assertTrue(ch.tryEnterRecvSlot());
    sender.join();
    assertTrue(given.get());
    assertEquals(4, ch.spinInRecvSlot(SPIN));
    assertTrue(ch.tryEnterRecvSlot());
    ch.lock();
    try {
      ch.setClosedLocked(); // a close's write, before its CAS of the slot
    } finally {
      ch.unlock();
    }
    assertFalse(ch.giveToReturningLessee(5), "a send that starts after a close gives nothing");
    assertSame(ChanQueues.RECEIVER, recvSlot());
  }

  @Test
  void aLeaseDoesNotKeepAnotherReceiverFromItsValue() throws Exception {
    // Given the slot leased to this thread, when another task receives, it queues, and a send
    // completes it through the queue.
    assertTrue(ch.tryEnterRecvSlot());
    assertTrue(ch.giveToSpinner(5));
    assertEquals(5, ch.spinInRecvSlot(SPIN));
    AtomicReference<Integer> got = new AtomicReference<>();
    Thread other = Thread.ofVirtual().start(() -> got.set(ch.recv()));
    awaitParked(other);
    ch.send(9);
    other.join();
    assertEquals(9, got.get());
  }

  @Test
  void theLesseeBacksOffFromItsSlotForAQueuedSenderAndFreesIt() throws Exception {
    assertTrue(ch.tryEnterRecvSlot());
    assertTrue(ch.giveToSpinner(5));
    assertEquals(5, ch.spinInRecvSlot(SPIN));
    Thread sender = Thread.ofVirtual().start(() -> ch.send(8)); // spins in the send slot, parks
    awaitParked(sender);
    assertEquals(8, ch.recv(), "the queued sender is served first");
    sender.join();
    assertNull(recvSlot(), "the locked path ended the lease");
    assertEquals(0L, lessee());
  }

  @Test
  void theLesseesNextReceiveAfterACloseEndsTheLease() {
    assertTrue(ch.tryEnterRecvSlot());
    assertTrue(ch.giveToSpinner(5));
    assertEquals(5, ch.spinInRecvSlot(SPIN));
    ch.close();
    assertEquals(5, recvSlot(), "close cannot tell a value taken from one not yet seen");
    assertNull(ch.recv());
    assertNull(recvSlot());
    assertEquals(0L, lessee());
  }

  @Test
  void aReceiverTakesAnOfferAndTheSenderFreesTheSlot() {
    Integer v = 6;
    assertTrue(ch.tryEnterSendSlot(v));
    assertSame(v, sendSlot());
    assertEquals(6, ch.takeOffer());
    assertSame(ChanQueues.TAKEN, ch.spinInSendSlot(v, SPIN));
    assertNull(sendSlot());
  }

  @Test
  void aSlotHoldsOneWaiterAtATime() {
    assertTrue(ch.tryEnterRecvSlot());
    assertFalse(ch.tryEnterRecvSlot(), "a second receiver must queue");
    assertTrue(ch.giveToSpinner(1));
    assertFalse(ch.giveToSpinner(2), "the slot holds a value for its owner, not a receiver");
    assertEquals(1, ch.spinInRecvSlot(SPIN));
  }

  @Test
  void aSpinThatRunsOutGivesTheSlotUp() {
    assertTrue(ch.tryEnterRecvSlot());
    assertNull(ch.spinInRecvSlot(1_000), "nobody came");
    assertNull(recvSlot());
    assertEquals(0L, lessee());
    assertFalse(ch.giveToSpinner(1), "nobody to give to any more");
    Integer v = 2;
    assertTrue(ch.tryEnterSendSlot(v));
    assertNull(ch.spinInSendSlot(v, 1_000), "nobody came");
    assertNull(sendSlot());
    assertNull(ch.takeOffer(), "the offer was withdrawn");
  }

  @Test
  void closeCompletesBothSlotSpinners() {
    assertTrue(ch.tryEnterRecvSlot());
    ch.close();
    assertSame(ChanQueues.CLOSED, ch.spinInRecvSlot(SPIN));

    Chan<Integer> other = Chan.make();
    Integer v = 3;
    assertTrue(other.tryEnterSendSlot(v));
    other.close();
    assertSame(ChanQueues.CLOSED, other.spinInSendSlot(v, SPIN));
  }

  @Test
  void afterCloseNoOperationUsesTheSlots() {
    ch.close();
    assertFalse(ch.tryEnterRecvSlot());
    assertFalse(ch.tryEnterSendSlot(1));
    assertNull(recvSlot());
    assertNull(sendSlot());
    assertNull(ch.recv());
    assertThrows(ClosedChannelException.class, () -> ch.send(1));
  }

  @Test
  void aSendInvokedAfterTheCloseNeverCompletesAReceiverThatClaimedTheSlotLate() {
    // Given a receiver that claimed the slot just as the channel was closed (the window between
    // its claim and its second look at the flag), when a send or a take starts after the close,
    // then it does not complete it: a value sent after a close must not be received.
    assertTrue(ch.tryEnterRecvSlot());
    ch.lock();
    try {
      ch.setClosedLocked(); // the close's write, without yet its CAS of the slot
    } finally {
      ch.unlock();
    }
    assertFalse(ch.giveToSpinner(9));
    assertSame(ChanQueues.RECEIVER, recvSlot());

    Chan<Integer> other = Chan.make();
    Integer v = 4;
    assertTrue(other.tryEnterSendSlot(v));
    other.lock();
    try {
      other.setClosedLocked();
    } finally {
      other.unlock();
    }
    assertNull(other.takeOffer());
    assertSame(v, other.slotsForTest()[1]);
  }

  @Test
  void aClaimBacksOffWhenASenderIsQueued() throws Exception {
    // Given a sender parked in sendq (spinning off: its spins fail, it queues), when a receiver
    // tries the slot, then it backs off (a queued sender must be served first) and receives the
    // queued value on the locked path.
    Chan<Integer> c = Chan.make();
    Thread sender = Thread.ofVirtual().start(() -> c.send(8));
    awaitParked(sender);
    assertFalse(c.tryEnterRecvSlot());
    assertNull(c.slotsForTest()[0]);
    assertEquals(8, c.recv());
    sender.join();
  }

  @Test
  void aClaimBacksOffWhenAValueIsOffered() {
    Integer v = 5;
    assertTrue(ch.tryEnterSendSlot(v));
    assertFalse(ch.tryEnterRecvSlot(), "the offer is there to take");
    assertNull(recvSlot());
    assertEquals(5, ch.takeOffer());
    assertSame(ChanQueues.TAKEN, ch.spinInSendSlot(v, SPIN));
  }

  @Test
  void aPosterKicksAReceiverThatClaimedTheSlotMeanwhile() {
    // Given a receiver in the slot, when a locked operation that has just posted a sender kicks,
    // then the receiver leaves for the locked path (Dekker's other half).
    assertTrue(ch.tryEnterRecvSlot());
    ch.lock();
    try {
      ch.kickRecvSpinner();
    } finally {
      ch.unlock();
    }
    assertSame(ChanQueues.KICKED, ch.spinInRecvSlot(SPIN));
    assertNull(recvSlot());
    assertEquals(0L, lessee());

    Integer v = 6;
    assertTrue(ch.tryEnterSendSlot(v));
    ch.lock();
    try {
      ch.kickSendSpinner();
    } finally {
      ch.unlock();
    }
    assertSame(ChanQueues.KICKED, ch.spinInSendSlot(v, SPIN));
    assertNull(sendSlot());
  }

  @Test
  void selectCompletesSlotSpinnersLikeAnyPartner() {
    assertTrue(ch.tryEnterRecvSlot());
    AtomicReference<String> ran = new AtomicReference<>();
    Select.select(Select.send(ch, 11, () -> ran.set("sent")));
    assertEquals("sent", ran.get());
    assertEquals(11, ch.spinInRecvSlot(SPIN));

    Integer v = 12;
    assertTrue(ch.tryEnterSendSlot(v));
    Select.select(Select.recv(ch, x -> ran.set("got " + x)));
    assertEquals("got 12", ran.get());
    assertSame(ChanQueues.TAKEN, ch.spinInSendSlot(v, SPIN));
  }

  @Test
  void aSelectWithDefaultSeesASlotSpinnerAsReady() {
    assertTrue(ch.tryEnterRecvSlot());
    AtomicReference<String> ran = new AtomicReference<>();
    Select.select(
        Select.send(ch, 13, () -> ran.set("sent")), Select.defaultCase(() -> ran.set("default")));
    assertEquals("sent", ran.get());
    assertEquals(13, ch.spinInRecvSlot(SPIN));
  }

  @Test
  void aQueuedWaiterParksFromSendOrRecvNotFromTheSlotLoop() throws Exception {
    // ADR 0016: the larger sendViaSlots/recvViaSlots frame is not part of a parked task's stack.
    Thread receiver = Thread.ofVirtual().start(() -> ch.recv());
    awaitParked(receiver);
    assertParkedFrom(receiver, "recv0", "recvViaSlots");
    ch.send(1);
    receiver.join();
    Thread sender = Thread.ofVirtual().start(() -> ch.send(2));
    awaitParked(sender);
    assertParkedFrom(sender, "send", "sendViaSlots");
    assertEquals(2, ch.recv());
    sender.join();
  }

  private static void assertParkedFrom(Thread t, String caller, String notOnStack) {
    StackTraceElement[] stack = t.getStackTrace();
    int await = -1;
    for (int i = 0; i < stack.length; i++) {
      if (stack[i].getClassName().equals(Chan.class.getName())) {
        assertFalse(stack[i].getMethodName().equals(notOnStack), notOnStack + " is on the stack");
        if (stack[i].getMethodName().equals("awaitPlain")) {
          await = i;
        }
      }
    }
    assertTrue(await >= 0 && await + 1 < stack.length, "parked in awaitPlain");
    assertEquals(caller, stack[await + 1].getMethodName());
  }

  private static void awaitParked(Thread t) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (t.getState() != Thread.State.WAITING) {
      assertTrue(System.nanoTime() < deadline, "thread never parked");
      Thread.sleep(1);
    }
  }
}
