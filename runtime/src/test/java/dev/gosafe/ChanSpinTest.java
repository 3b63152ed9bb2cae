package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The adaptive spin of a rendezvous waiter (Spin, Chan.spin, docs/adr/0011): a slow partner
 * switches a channel's spinning off after {@link Spin#OFF_AFTER} failed spins in a row, a success
 * in between keeps it on, a channel that has stopped spinning probes once in {@link
 * Spin#PROBE_EVERY} waits, and a successful probe switches spinning back on.
 */
@Timeout(30)
class ChanSpinTest {

  @Test
  void offAfterFailedSpinsInARowSwitchSpinningOff() {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    Chan<Integer> ch = Chan.make();
    Waiter pending = new Waiter(null, 0, null);
    for (int i = 0; i < Spin.OFF_AFTER; i++) {
      assertTrue(ch.spinning(), "still spinning before failure " + i);
      assertFalse(ch.spin(pending), "nobody completes this waiter");
    }
    assertFalse(ch.spinning());
  }

  @Test
  void aSlowPartnerSwitchesSpinningOff() throws Exception {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    // Given an unbuffered channel whose receiver comes 1 ms after each send started, when the
    // sender keeps sending, then the channel stops spinning (each send's spin fails; a spin may
    // still succeed now and then if the sender's carrier is preempted for a millisecond, so up to
    // 4 x OFF_AFTER sends are allowed), and every value arrives.
    Chan<Integer> ch = Chan.make();
    int n = 4 * Spin.OFF_AFTER;
    Thread receiver =
        Thread.ofVirtual()
            .start(
                () -> {
                  for (int i = 0; i < n; i++) {
                    sleep(1);
                    assertEquals(i, ch.recv());
                  }
                });
    int sends = 0;
    while (ch.spinning() && sends < n) {
      ch.send(sends++);
    }
    boolean off = !ch.spinning();
    while (sends < n) {
      ch.send(sends++);
    }
    receiver.join();
    assertTrue(off, "still spinning after " + n + " slow waits");
  }

  @Test
  void oneSuccessBetweenFailuresKeepsSpinningOn() {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    // Given a channel whose waiters fail OFF_AFTER - 1 spins in a row, then succeed once, then
    // fail OFF_AFTER - 1 times again, then it still spins: only failures in a row count.
    Chan<Integer> ch = Chan.make();
    Waiter pending = new Waiter(null, 0, null);
    Waiter done = new Waiter(null, 0, null);
    done.done = true;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < Spin.OFF_AFTER - 1; i++) {
        assertFalse(ch.spin(pending), "nobody completes this waiter");
      }
      assertTrue(ch.spinning());
      assertTrue(ch.spin(done));
    }
    assertTrue(ch.spinning());
  }

  @Test
  void aStoppedChannelProbesOnceInProbeEveryWaitsAndASuccessfulProbeRestoresSpinning() {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    // Given a channel that stopped spinning, when waiters that are already completed come by,
    // then the first PROBE_EVERY - 1 do not spin at all (they would park), the next one spins,
    // finds its waiter done and switches spinning back on.
    Chan<Integer> ch = Chan.make();
    Waiter pending = new Waiter(null, 0, null);
    for (int i = 0; i < Spin.OFF_AFTER; i++) {
      assertFalse(ch.spin(pending), "nobody completes this waiter");
    }
    assertFalse(ch.spinning());
    Waiter done = new Waiter(null, 0, null);
    done.done = true;
    for (int i = 1; i < Spin.PROBE_EVERY; i++) {
      assertFalse(ch.spin(done), "wait " + i + " should not spin");
    }
    assertTrue(ch.spin(done), "the probe");
    assertTrue(ch.spinning());
  }

  @Test
  void pingPongStillDeliversEveryValueInOrderWhileSpinning() throws Exception {
    // Given two tasks exchanging 20,000 values over two unbuffered channels (the spinning case),
    // then every value comes back in order.
    Chan<Integer> ping = Chan.make();
    Chan<Integer> pong = Chan.make();
    int n = 20_000;
    Task echo =
        Go.go(
            () -> {
              for (int i = 0; i < n; i++) {
                pong.send(ping.recv());
              }
            });
    for (int i = 0; i < n; i++) {
      ping.send(i);
      assertEquals(i, pong.recv());
    }
    echo.join();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
