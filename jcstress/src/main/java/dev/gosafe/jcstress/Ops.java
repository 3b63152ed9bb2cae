package dev.gosafe.jcstress;

import dev.gosafe.RecvChan;
import dev.gosafe.Select;
import dev.gosafe.SendChan;

/** Non-blocking channel operations through the public API (a select with a default case). */
final class Ops {
  private Ops() {}

  /** Sends {@code v} if a receiver or buffer room is ready now; reports whether it did. */
  static <T> boolean trySend(SendChan<T> ch, T v) {
    boolean[] sent = {false};
    Select.select(Select.send(ch, v, () -> sent[0] = true), Select.defaultCase(() -> {}));
    return sent[0];
  }

  /** Whether {@code done} is closed, looked at without blocking. */
  static boolean isClosed(RecvChan<Void> done) {
    boolean[] closed = {false};
    Select.select(Select.recv(done, v -> closed[0] = true), Select.defaultCase(() -> {}));
    return closed[0];
  }
}
