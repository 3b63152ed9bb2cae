package dev.gosafe.checker.model;

/**
 * A count as the analyses see it: a WaitGroup delta, a latch's initial count, a channel capacity,
 * a loop's number of iterations. Symbolic counts let {@code wg.add(urls.size())} match a loop
 * {@code for (var u : urls)} without knowing the size.
 */
public sealed interface Count {
  /** A compile-time constant. */
  record Const(long value) implements Count {}

  /**
   * A value named symbolically, equal to another Sym with the same key. Keys: {@code "var:NAME#ID"}
   * for an effectively-final local or parameter, {@code "size:NAME#ID"} for the size (or length)
   * of an effectively-final local collection or array; front ends produce exactly these shapes.
   */
  record Sym(String key) implements Count {}

  /** Not known. */
  record Unknown() implements Count {}

  Unknown UNKNOWN = new Unknown();

  static Count of(long value) {
    return new Const(value);
  }
}
