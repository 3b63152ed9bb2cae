package dev.gosafe;

import static dev.gosafe.ChanTestSupport.awaitBlocked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BlockingTest {

  @Test
  void aBlockedTaskRecordsWhatItWaitsForAndClearsItAfterwards() {
    Chan<Integer> ch = Chan.make();
    AtomicReference<String> after = new AtomicReference<>("unset");
    Task t =
        Go.go(
            () -> {
              ch.recv();
              after.set(Blocking.current().op());
            });
    awaitBlocked(t, Blocking.CHAN_RECV);
    assertSame(ch, t.blocking().on());
    assertEquals("", t.blocking().thread().getName(), "an unnamed task has an unnamed thread");
    assertEquals(t.name(), Blocking.nameOf(t.blocking().thread()));
    ch.send(1);
    t.join();
    assertNull(after.get());
    assertNull(t.blocking().op());
  }
}
