package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conservation under contention: 8 producers x 8 consumers x 50,000 values, closed at the end.
 * Producers use {@code send}, a {@code select} send, or a {@code select} send racing a short
 * timeout (retried); consumers use iteration ({@code recv}), a {@code select} over the channel and
 * one that never becomes ready, or a {@code select} racing a short timeout. The timeouts make the
 * selecting thread and its partners race for the same select (the CAS on its state).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChanStressTest {
  private static final int PRODUCERS = 8;
  private static final int CONSUMERS = 8;
  private static final int PER_PRODUCER = 50_000;

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 64})
  void everyValueIsReceivedExactlyOnce(int cap) {
    // given
    Chan<Integer> ch = Chan.make(cap);
    Chan<Integer> never = Chan.make(cap);
    AtomicIntegerArray seen = new AtomicIntegerArray(PRODUCERS * PER_PRODUCER);
    List<Task> producers = new ArrayList<>();
    List<Task> consumers = new ArrayList<>();
    // when
    for (int c = 0; c < CONSUMERS; c++) {
      int kind = c % 3;
      consumers.add(
          Go.go(
              "consumer-" + c,
              () -> {
                if (kind > 0) {
                  AtomicBoolean open = new AtomicBoolean(true);
                  Select.Case other =
                      kind == 1
                          ? Select.recv(never, v -> seen.incrementAndGet(0))
                          : Select.after(Duration.ofNanos(20_000), () -> {});
                  Select.Case mine =
                      Select.recv(
                          ch,
                          v -> {
                            if (v == null) {
                              open.set(false);
                            } else {
                              seen.incrementAndGet(v);
                            }
                          });
                  while (open.get()) {
                    Select.select(mine, other);
                  }
                } else {
                  for (int v : ch) {
                    seen.incrementAndGet(v);
                  }
                }
              }));
    }
    for (int p = 0; p < PRODUCERS; p++) {
      int base = p * PER_PRODUCER;
      int kind = p % 3;
      producers.add(
          Go.go(
              "producer-" + p,
              () -> {
                for (int i = 0; i < PER_PRODUCER; i++) {
                  Integer v = base + i;
                  if (kind == 1) {
                    Select.select(Select.send(ch, v, () -> {}), Select.recv(never, x -> {}));
                  } else if (kind == 2) {
                    AtomicBoolean sent = new AtomicBoolean();
                    while (!sent.get()) {
                      Select.select(
                          Select.send(ch, v, () -> sent.set(true)),
                          Select.after(Duration.ofNanos(20_000), () -> {}));
                    }
                  } else {
                    ch.send(v);
                  }
                }
              }));
    }
    for (Task t : producers) {
      assertTrue(t.join(Duration.ofSeconds(40)), t + " left blocked");
    }
    ch.close();
    for (Task t : consumers) {
      assertTrue(t.join(Duration.ofSeconds(10)), t + " left blocked");
    }
    // then
    for (int i = 0; i < seen.length(); i++) {
      if (seen.get(i) != 1) {
        assertEquals(1, seen.get(i), "value " + i + " received " + seen.get(i) + " times");
      }
    }
    assertEquals(0, ch.len());
  }

  @ParameterizedTest(name = "cap {0}")
  @ValueSource(ints = {0, 1, 64})
  void closeRacingWithBlockedSendersLosesAndDuplicatesNothing(int cap) {
    // given 4 producers sending until the channel is closed under them
    Chan<Integer> ch = Chan.make(cap);
    int perProducer = 1_000_000;
    AtomicIntegerArray sent = new AtomicIntegerArray(4);
    AtomicIntegerArray seen = new AtomicIntegerArray(4 * perProducer);
    List<Task> producers = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      int id = p;
      producers.add(
          Go.go(
              () -> {
                try {
                  for (int i = 0; i < perProducer; i++) {
                    ch.send(id * perProducer + i);
                    sent.incrementAndGet(id);
                  }
                } catch (ClosedChannelException e) {
                  // expected: the channel was closed while this producer sent
                }
              }));
    }
    // when 4 consumers drain it and one of them closes it after 20,000 values
    java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
    List<Task> consumers = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      consumers.add(
          Go.go(
              () -> {
                for (int v : ch) {
                  seen.incrementAndGet(v);
                  if (total.incrementAndGet() == 20_000) {
                    ch.close();
                  }
                }
              }));
    }
    for (Task t : consumers) {
      assertTrue(t.join(Duration.ofSeconds(20)), t + " left blocked");
    }
    for (Task t : producers) {
      assertTrue(t.join(Duration.ofSeconds(5)), t + " left blocked");
    }
    // then every successful send was received exactly once and nothing else was
    int received = 0;
    for (int p = 0; p < 4; p++) {
      for (int i = 0; i < perProducer; i++) {
        int n = seen.get(p * perProducer + i);
        if (i < sent.get(p)) {
          assertEquals(1, n, "sent value " + (p * perProducer + i));
        } else {
          assertEquals(0, n, "unsent value " + (p * perProducer + i));
        }
        received += n;
      }
    }
    assertEquals(total.get(), received);
    assertTrue(received >= 20_000);
  }
}
