package dev.gosafe;

import java.util.Iterator;

/**
 * The receive side of a channel: Go's {@code <-chan T}. {@link Chan} is the only implementation.
 * A {@code for (T v : ch)} loop receives until the channel is closed and drained, like Go's {@code
 * for v := range ch}.
 *
 * @param <T> the element type
 */
public sealed interface RecvChan<T> extends Iterable<T> permits Chan {

  /**
   * Recv receives a value: Go's {@code <-ch}. Blocks until a value is available or the channel is
   * closed and drained, in which case it returns null. Waiting receivers are served in FIFO order.
   * The matching send (or the close) happens-before this receive returns.
   *
   * @return the value, or null once the channel is closed and drained
   * @throws InterruptedOperationException if the thread is interrupted while it waits (the flag is
   *     restored); no value was taken
   */
  T recv();

  /**
   * RecvOk receives a value or learns that the channel is closed: Go's {@code v, ok := <-ch}.
   * Blocks and orders exactly like {@link #recv()}.
   *
   * @return a {@link Recv.Value} or {@link Recv.Closed} once the channel is closed and drained
   * @throws InterruptedOperationException if the thread is interrupted while it waits (the flag is
   *     restored); no value was taken
   */
  Recv<T> recvOk();

  /** Returns the number of values buffered now (Go's {@code len(ch)}); 0 when unbuffered. */
  int len();

  /** Returns the buffer capacity (Go's {@code cap(ch)}); 0 when unbuffered. */
  int cap();

  /**
   * Returns an iterator that receives values until the channel is closed and drained. {@code
   * hasNext()} blocks as {@link #recv()} does (and throws {@link InterruptedOperationException}
   * likewise). Not thread-safe itself; several tasks may each iterate the same channel, every value
   * going to exactly one of them. {@code remove()} is not supported.
   */
  @Override
  default Iterator<T> iterator() {
    return new ChanIterator<>(this);
  }
}
