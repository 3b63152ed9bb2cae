package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The adaptive spin of a rendezvous waiter (Spin, Chan.spin, docs/adr/0010): a slow partner
 * switches a channel's spinning off within a few waits, a channel that has stopped spinning
 * probes once in {@link Spin#PROBE_EVERY} waits, and a successful probe restores the full bound.
 */
@Timeout(30)
class ChanSpinTest {

  @Test
  void aSlowPartnerSwitchesSpinningOffWithinAFewWaits() throws Exception {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    // Given an unbuffered channel whose receiver comes 3 ms after each send started, when the
    // sender has waited five times, then its spins all failed and the channel no longer spins
    // (2000 -> 1000 -> 500 -> 250 -> 0 ns); every value still arrived.
    Chan<Integer> ch = Chan.make();
    assertEquals(Spin.MAX_NANOS, ch.spinBound());
    Thread receiver =
        Thread.ofVirtual()
            .start(
                () -> {
                  for (int i = 0; i < 5; i++) {
                    sleep(3);
                    assertEquals(i, ch.recv());
                  }
                });
    for (int i = 0; i < 5; i++) {
      ch.send(i);
    }
    receiver.join();
    assertEquals(0, ch.spinBound());
  }

  @Test
  void aStoppedChannelProbesOnceInSixtyFourWaitsAndASuccessfulProbeRestoresTheBound() {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    // Given a channel whose bound fell to zero, when waiters that are already completed come by,
    // then the first 63 do not spin at all (they would park), the 64th spins, finds its waiter
    // done and restores the full bound.
    Chan<Integer> ch = Chan.make();
    Waiter pending = new Waiter(null, 0, null);
    for (int i = 0; i < 4; i++) {
      assertFalse(ch.spin(pending), "nobody completes this waiter");
    }
    assertEquals(0, ch.spinBound());
    Waiter done = new Waiter(null, 0, null);
    done.done = true;
    for (int i = 1; i < Spin.PROBE_EVERY; i++) {
      assertFalse(ch.spin(done), "wait " + i + " should not spin");
    }
    assertTrue(ch.spin(done), "the probe");
    assertEquals(Spin.MAX_NANOS, ch.spinBound());
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
