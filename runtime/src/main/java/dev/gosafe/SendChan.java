package dev.gosafe;

/**
 * The send side of a channel: Go's {@code chan<- T}. {@link Chan} is the only implementation.
 *
 * @param <T> the element type
 */
public sealed interface SendChan<T> permits Chan {

  /**
   * Send sends {@code value} on the channel: Go's {@code ch <- value}.
   *
   * <p>On an unbuffered channel it blocks until a receiver has taken the value; on a buffered one
   * until there is room in the buffer. Waiting senders are served in FIFO order. The send
   * happens-before the corresponding receive completes.
   *
   * @param value the value; not null
   * @throws NullPointerException if {@code value} is null ("gosafe: send of null value ...")
   * @throws ClosedChannelException if the channel is closed, or is closed while this send waits
   *     ("gosafe: send on closed channel"); the value was not sent
   * @throws InterruptedOperationException if the thread is interrupted while it waits (the flag is
   *     restored); the value was not sent
   */
  void send(T value);

  /**
   * Close closes the channel: Go's {@code close(ch)}. Values already buffered can still be
   * received; then receivers see the channel closed. Blocked receivers wake and see it closed;
   * blocked senders wake with {@link ClosedChannelException}. Never blocks. The close
   * happens-before every receive that observes the channel closed.
   *
   * @throws ClosedChannelException if the channel is already closed ("gosafe: close of closed
   *     channel")
   */
  void close();

  /** Returns the number of values buffered now (Go's {@code len(ch)}); 0 when unbuffered. */
  int len();

  /** Returns the buffer capacity (Go's {@code cap(ch)}); 0 when unbuffered. */
  int cap();
}
