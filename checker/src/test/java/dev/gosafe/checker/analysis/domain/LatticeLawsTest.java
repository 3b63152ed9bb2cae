package dev.gosafe.checker.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.model.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatticeLawsTest {

  static List<Sum> sums() {
    List<Sum> out = new ArrayList<>();
    for (long c = -2; c <= 2; c++) {
      out.add(Sum.of(c));
      out.add(Sum.of(new Count.Sym("size:a#1")).plus(Sum.of(c)));
      out.add(Sum.of(new Count.Sym("size:b#2")).times(-1).plus(Sum.of(c)));
    }
    out.add(Sum.UNKNOWN);
    return out;
  }

  static Stream<Arguments> lattices() {
    return Stream.of(
        Arguments.of("HoldCount", HoldCount.LATTICE, List.of(HoldCount.values())),
        Arguments.of("Sum", Sum.LATTICE, sums()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lattices")
  <E> void joinIsCommutativeAssociativeIdempotentAndAnUpperBound(String name, Lattice<E> l,
      List<E> elements) {
    for (E a : elements) {
      assertEquals(a, l.join(a, a), "idempotent");
      assertTrue(l.leq(a, l.top()), "top is the greatest");
      for (E b : elements) {
        E j = l.join(a, b);
        assertEquals(j, l.join(b, a), "commutative");
        assertTrue(l.leq(a, j) && l.leq(b, j), "upper bound");
        assertEquals(l.leq(a, b), j.equals(b), "a ⊑ b iff a ⊔ b = b");
        for (E c : elements) {
          assertEquals(l.join(l.join(a, b), c), l.join(a, l.join(b, c)), "associative");
          if (l.leq(a, c) && l.leq(b, c)) {
            assertTrue(l.leq(j, c), "least upper bound");
          }
        }
      }
    }
  }

  @Test
  void holdCountsSaturate() {
    assertEquals(HoldCount.MANY, HoldCount.MANY.acquire());
    assertEquals(HoldCount.UNKNOWN, HoldCount.MANY.release());
    assertEquals(HoldCount.ZERO, HoldCount.ONE.release());
    assertFalse(HoldCount.UNKNOWN.held());
  }

  @Test
  void symbolicSumsCancel() {
    Sum added = Sum.of(new Count.Sym("size:urls#3"));
    Sum done = Sum.of(-1).times(new Count.Sym("size:urls#3"));
    assertEquals(Sum.ZERO, added.plus(done));
    assertFalse(added.plus(Sum.of(-3)).provablyNonZero());
    assertTrue(Sum.of(2).plus(Sum.of(-3)).provablyNonZero());
    assertEquals(Sum.UNKNOWN, added.times(new Count.Sym("size:other#4")));
    assertEquals(Sum.UNKNOWN, Sum.of(Count.UNKNOWN).plus(Sum.of(1)));
  }
}
