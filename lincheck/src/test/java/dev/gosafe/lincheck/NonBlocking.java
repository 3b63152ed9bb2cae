package dev.gosafe.lincheck;

import dev.gosafe.Chan;
import dev.gosafe.ClosedChannelException;
import dev.gosafe.Recv;
import dev.gosafe.Select;

/**
 * The non-blocking channel operations, written with the public API only: a {@code select} with
 * one channel case and a {@code default} (Go's {@code select { case ch <- v: default: }}). Results
 * are strings so that Lincheck can compare and print them.
 */
final class NonBlocking {
  static final String SENT = "sent";
  static final String NOT_READY = "not ready";
  static final String CLOSED = "closed";
  static final String CLOSED_EXCEPTION = "ClosedChannelException";

  private NonBlocking() {}

  /** Sends {@code v} if that can be done without blocking: "sent", "not ready", or the exception. */
  static String trySend(Chan<Integer> ch, int v) {
    String[] r = {NOT_READY};
    try {
      Select.select(Select.send(ch, v, () -> r[0] = SENT), Select.defaultCase(() -> {}));
    } catch (ClosedChannelException e) {
      return CLOSED_EXCEPTION;
    }
    return r[0];
  }

  /** Receives if that can be done without blocking: the value, "closed" or "not ready". */
  static String tryRecv(Chan<Integer> ch) {
    String[] r = {NOT_READY};
    Select.select(
        Select.recvOk(ch, x -> r[0] = x instanceof Recv.Value<Integer> v ? "" + v.value() : CLOSED),
        Select.defaultCase(() -> {}));
    return r[0];
  }

  /** Closes {@code ch}: "closed", or the exception of a second close. */
  static String close(Chan<Integer> ch) {
    try {
      ch.close();
      return CLOSED;
    } catch (ClosedChannelException e) {
      return CLOSED_EXCEPTION;
    }
  }

  /** Whether {@code ch} is closed and drained, seen by a non-blocking receive on a done channel. */
  static boolean isClosed(dev.gosafe.RecvChan<Void> done) {
    boolean[] r = {false};
    Select.select(Select.recv(done, v -> r[0] = true), Select.defaultCase(() -> {}));
    return r[0];
  }
}
