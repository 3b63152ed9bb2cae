package dev.gosafe.checker.analysis.domain;

import java.util.List;

/**
 * A finite-height join semilattice given by its order. {@link #join} is derived from
 * {@link #leq}: the least of the upper bounds found among {@link #candidates}, so a lattice
 * declares only its order (and the few elements that can be upper bounds of two others).
 */
public interface Lattice<E> {

  /** The partial order {@code a ⊑ b} (b is at least as general as a). */
  boolean leq(E a, E b);

  /** The greatest element. */
  E top();

  /** Elements that may be the least upper bound of {@code a} and {@code b} (always includes a, b and top). */
  List<E> candidates(E a, E b);

  /** The least upper bound, derived from the order. */
  default E join(E a, E b) {
    E best = null;
    for (E c : candidates(a, b)) {
      if (leq(a, c) && leq(b, c) && (best == null || leq(c, best))) {
        best = c;
      }
    }
    return best == null ? top() : best;
  }
}
