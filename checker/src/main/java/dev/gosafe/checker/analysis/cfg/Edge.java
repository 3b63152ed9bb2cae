package dev.gosafe.checker.analysis.cfg;

/** A control-flow edge to {@code target}. */
public record Edge(EdgeKind kind, Node target) {
  @Override
  public String toString() {
    return kind + "->" + target.id();
  }
}
