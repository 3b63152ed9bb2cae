package dev.gosafe.checker.analysis.domain;

import dev.gosafe.checker.model.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A counter balance as a symbolic sum: a constant plus integer multiples of symbols
 * ({@link Count.Sym} keys), or unknown. {@code add(urls.size())} then one done per iteration of a
 * loop over {@code urls} gives {@code size:urls - size:urls = 0}. Ordered as a flat lattice:
 * distinct known sums are incomparable, {@link #UNKNOWN} is above all.
 */
public final class Sum {
  /** Not known. */
  public static final Sum UNKNOWN = new Sum(0, Map.of(), true);
  public static final Sum ZERO = new Sum(0, Map.of(), false);

  /** The order and derived join. */
  public static final Lattice<Sum> LATTICE = new Lattice<>() {
    @Override public boolean leq(Sum a, Sum b) {
      return a.equals(b) || b.unknown;
    }

    @Override public Sum top() {
      return UNKNOWN;
    }

    @Override public List<Sum> candidates(Sum a, Sum b) {
      return List.of(a, b, UNKNOWN);
    }
  };

  private final long constant;
  private final Map<String, Long> symbols;
  private final boolean unknown;

  private Sum(long constant, Map<String, Long> symbols, boolean unknown) {
    this.constant = constant;
    this.symbols = symbols;
    this.unknown = unknown;
  }

  public static Sum of(long constant) {
    return new Sum(constant, Map.of(), false);
  }

  /** The sum for a count. */
  public static Sum of(Count count) {
    return switch (count) {
      case Count.Const c -> of(c.value());
      case Count.Sym s -> new Sum(0, Map.of(s.key(), 1L), false);
      case Count.Unknown u -> UNKNOWN;
    };
  }

  public boolean isUnknown() {
    return unknown;
  }

  /** The constant when the sum has no symbols and is known. */
  public boolean isConstant() {
    return !unknown && symbols.isEmpty();
  }

  public long constant() {
    return constant;
  }

  public Sum plus(Sum other) {
    if (unknown || other.unknown) {
      return UNKNOWN;
    }
    TreeMap<String, Long> syms = new TreeMap<>(symbols);
    other.symbols.forEach((k, v) -> syms.merge(k, v, Long::sum));
    syms.values().removeIf(v -> v == 0);
    return new Sum(constant + other.constant, Map.copyOf(syms), false);
  }

  public Sum negate() {
    return times(-1);
  }

  public Sum times(long factor) {
    if (unknown) {
      return UNKNOWN;
    }
    if (factor == 0) {
      return ZERO;
    }
    TreeMap<String, Long> syms = new TreeMap<>();
    symbols.forEach((k, v) -> syms.put(k, v * factor));
    return new Sum(constant * factor, Map.copyOf(syms), false);
  }

  /** This sum repeated {@code trips} times; unknown when a symbol would multiply a symbol. */
  public Sum times(Count trips) {
    if (unknown) {
      return UNKNOWN;
    }
    if (isConstant() && constant == 0) {
      return ZERO;
    }
    return switch (trips) {
      case Count.Const c -> times(c.value());
      case Count.Sym s -> isConstant() ? new Sum(0, Map.of(s.key(), constant), false) : UNKNOWN;
      case Count.Unknown u -> UNKNOWN;
    };
  }

  /** Whether the sum is non-zero whatever the symbols' values. */
  public boolean provablyNonZero() {
    return isConstant() && constant != 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sum s && s.unknown == unknown && s.constant == constant
        && s.symbols.equals(symbols);
  }

  @Override
  public int hashCode() {
    return unknown ? -1 : Long.hashCode(constant) * 31 + symbols.hashCode();
  }

  @Override
  public String toString() {
    if (unknown) {
      return "?";
    }
    List<String> parts = new ArrayList<>();
    symbols.forEach((k, v) -> parts.add(v + "*" + k));
    parts.add(Long.toString(constant));
    return String.join(" + ", parts);
  }
}
