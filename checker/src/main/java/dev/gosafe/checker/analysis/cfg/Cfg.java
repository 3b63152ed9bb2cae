package dev.gosafe.checker.analysis.cfg;

import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The control-flow graph of one method (or task body), built from its structured statements.
 *
 * <p>Guarantees: every event with {@code mayThrow()} has an EXCEPTIONAL edge to the innermost
 * enclosing handler (a catch dispatch, a copy of a {@code finally} block, a resource close, or
 * {@link #exceptionalExit()}); {@code finally} blocks are copied once per continuation (normal
 * completion, exception, return, each break/continue target) so each copy knows where it goes
 * next; try-with-resources closes the opened resources in reverse order on every exit before the
 * catch clauses and the finally block; {@code return} in a select case body ends only that case
 * (case bodies are lambdas). Nodes unreachable from the entry are dropped, except the two exits,
 * which always exist. Node ids are a reverse post-order from the entry (exits last if unreachable).
 */
public final class Cfg {
  private final Node entry;
  private final Node normalExit;
  private final Node exceptionalExit;
  private final List<Node> nodes;

  Cfg(Node entry, Node normalExit, Node exceptionalExit, List<Node> nodes) {
    this.entry = entry;
    this.normalExit = normalExit;
    this.exceptionalExit = exceptionalExit;
    this.nodes = List.copyOf(nodes);
  }

  /** The graph of a method's body. */
  public static Cfg of(MethodModel method) {
    return of(method.body());
  }

  /** The graph of a statement, as if it were a method body. */
  public static Cfg of(Stmt body) {
    return new CfgBuilder().build(body);
  }

  public Node entry() {
    return entry;
  }

  /** Where a method completes normally (falls off the end or returns). */
  public Node normalExit() {
    return normalExit;
  }

  /** Where an exception leaves the method. */
  public Node exceptionalExit() {
    return exceptionalExit;
  }

  /** All nodes, indexed by {@link Node#id()}. */
  public List<Node> nodes() {
    return nodes;
  }

  /** The predecessors of every node, indexed by id (computed on demand). */
  public List<List<Node>> predecessors() {
    List<List<Node>> preds = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      preds.add(new ArrayList<>(2));
    }
    for (Node n : nodes) {
      for (Edge e : n.out()) {
        preds.get(e.target().id()).add(n);
      }
    }
    return preds;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Node n : nodes) {
      sb.append(n).append(' ').append(n.out()).append('\n');
    }
    return sb.toString();
  }
}
