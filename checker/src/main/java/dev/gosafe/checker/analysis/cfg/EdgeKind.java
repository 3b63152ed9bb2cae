package dev.gosafe.checker.analysis.cfg;

/** How control moves along an {@link Edge}. */
public enum EdgeKind {
  /** Ordinary fall-through (also each choice of a switch, a select, a catch dispatch). */
  NORMAL,
  /** The condition of a {@link Node.Kind#BRANCH} node is true. */
  TRUE,
  /** The condition of a {@link Node.Kind#BRANCH} node is false. */
  FALSE,
  /** An unchecked exception leaves the source node (an event with {@code mayThrow()}, or a throw). */
  EXCEPTIONAL
}
