package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The adaptive spin of a rendezvous waiter (Spin, Chan.spin, docs/adr/0011): a channel's spin
 * credit ({@link Spin#CREDIT} when fresh) runs out after as many failed spins, a mostly successful
 * channel keeps spinning, a mostly failing one stops, a channel that has stopped probes once in
 * {@link Spin#PROBE_EVERY} waits, and a successful probe gives a short trial.
 */
@Timeout(30)
class ChanSpinTest {

  @Test
  void aFreshChannelStopsSpinningAfterCreditFailedSpins() {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    Chan<Integer> ch = Chan.make();
    Waiter pending = new Waiter(null, 0, null);
    for (int i = 0; i < Spin.CREDIT; i++) {
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
    // 4 x CREDIT sends are allowed), and every value arrives.
    Chan<Integer> ch = Chan.make();
    int n = 4 * Spin.CREDIT;
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
  void mostlySuccessfulSpinsKeepSpinningOnAndMostlyFailingOnesStopIt() {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    // Given a channel whose spins fail and succeed alternately, or succeed twice per failure, it
    // keeps spinning; given one whose spins succeed once per four failures (more tasks than
    // carriers, partners mostly queued), it stops within a few rounds.
    Waiter pending = new Waiter(null, 0, null);
    Waiter done = new Waiter(null, 0, null);
    done.done = true;
    Chan<Integer> half = Chan.make();
    for (int i = 0; i < 500; i++) {
      assertFalse(half.spin(pending));
      assertTrue(half.spin(done));
    }
    assertTrue(half.spinning());
    Chan<Integer> rare = Chan.make();
    int rounds = 0;
    while (rare.spinning()) {
      assertTrue(++rounds <= Spin.CREDIT, "still spinning after " + rounds + " rounds");
      for (int i = 0; i < 4; i++) {
        rare.spin(pending);
      }
      rare.spin(done);
    }
  }

  @Test
  void aStoppedChannelProbesOnceInProbeEveryWaitsAndASuccessfulProbeGivesATrial() {
    assumeTrue(Spin.ENABLED, "spinning is off on a single CPU or carrier");
    // Given a channel that stopped spinning, when waiters that are already completed come by,
    // then the first PROBE_EVERY - 1 do not spin at all (they would park), the next one spins,
    // finds its waiter done and switches spinning back on for a trial of PROBE_CREDIT spins.
    Chan<Integer> ch = Chan.make();
    Waiter pending = new Waiter(null, 0, null);
    for (int i = 0; i < Spin.CREDIT; i++) {
      assertFalse(ch.spin(pending), "nobody completes this waiter");
    }
    assertFalse(ch.spinning());
    Waiter done = new Waiter(null, 0, null);
    done.done = true;
    for (int i = 1; i < Spin.PROBE_EVERY; i++) {
      assertFalse(ch.spin(done), "wait " + i + " should not spin");
    }
    assertTrue(ch.spin(done), "the probe");
    for (int i = 0; i < Spin.PROBE_CREDIT; i++) {
      assertTrue(ch.spinning(), "trial spin " + i);
      assertFalse(ch.spin(pending));
    }
    assertFalse(ch.spinning());
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
