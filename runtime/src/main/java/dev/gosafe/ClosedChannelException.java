package dev.gosafe;

/**
 * Thrown on a send to a closed channel ("gosafe: send on closed channel") and on a second close
 * ("gosafe: close of closed channel"), where Go panics. Unchecked; not {@code
 * java.nio.channels.ClosedChannelException}.
 *
 * <p>A sender blocked in {@code send} or in a {@code select} send case when the channel is closed
 * is woken with this exception; its value was not delivered.
 */
public final class ClosedChannelException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  static final String SEND = "gosafe: send on closed channel";
  static final String CLOSE = "gosafe: close of closed channel";

  ClosedChannelException(String message) {
    super(message);
  }
}
