package dev.gosafe.checker.analysis.domain;

import java.util.List;

/**
 * How many times this method holds a lock on one path: 0, 1, 2 or more, or unknown (after an
 * unknown call was given the lock, or after releasing a lock held "2 or more" times). Ordered as a
 * flat lattice: ZERO, ONE and MANY are incomparable, UNKNOWN is above all. Counts saturate at MANY,
 * so loops reach a fixpoint.
 */
public enum HoldCount {
  ZERO, ONE, MANY, UNKNOWN;

  /** The order and derived join. */
  public static final Lattice<HoldCount> LATTICE = new Lattice<>() {
    @Override public boolean leq(HoldCount a, HoldCount b) {
      return a == b || b == UNKNOWN;
    }

    @Override public HoldCount top() {
      return UNKNOWN;
    }

    @Override public List<HoldCount> candidates(HoldCount a, HoldCount b) {
      return List.of(values());
    }
  };

  public HoldCount acquire() {
    return switch (this) {
      case ZERO -> ONE;
      case ONE, MANY -> MANY;
      case UNKNOWN -> UNKNOWN;
    };
  }

  public HoldCount release() {
    return switch (this) {
      case ZERO, ONE -> ZERO;
      case MANY, UNKNOWN -> UNKNOWN;
    };
  }

  /** Definitely held at least once. */
  public boolean held() {
    return this == ONE || this == MANY;
  }
}
