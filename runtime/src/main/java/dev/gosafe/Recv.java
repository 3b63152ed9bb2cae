package dev.gosafe;

/**
 * The result of a receive that tells a value from "closed": Go's {@code v, ok := <-ch}.
 *
 * <p>Either a {@link Value} holding the received (non-null) value, or {@link Closed} when the
 * channel is closed and drained. Use a pattern switch:
 *
 * <pre>{@code
 * switch (ch.recvOk()) {
 *   case Recv.Value<String>(String v) -> use(v);
 *   case Recv.Closed<String> c -> done();
 * }
 * }</pre>
 *
 * @param <T> the element type
 */
public sealed interface Recv<T> permits Recv.Value, Recv.Closed {

  /** Returns true for a {@link Value} (Go's {@code ok}), false for {@link Closed}. */
  boolean ok();

  /** Returns the received value, or null for {@link Closed}. */
  T valueOrNull();

  /**
   * A received value.
   *
   * @param value the value, never null
   * @param <T> the element type
   */
  record Value<T>(T value) implements Recv<T> {
    /**
     * Creates a received-value result.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Value {
      java.util.Objects.requireNonNull(value, "gosafe: received value");
    }

    @Override
    public boolean ok() {
      return true;
    }

    @Override
    public T valueOrNull() {
      return value;
    }
  }

  /**
   * The channel is closed and drained.
   *
   * @param <T> the element type
   */
  record Closed<T>() implements Recv<T> {
    @Override
    public boolean ok() {
      return false;
    }

    @Override
    public T valueOrNull() {
      return null;
    }
  }

  /** Returns the (shared) closed result. */
  @SuppressWarnings("unchecked")
  static <T> Recv<T> closed() {
    return (Recv<T>) RecvClosedHolder.CLOSED;
  }
}
