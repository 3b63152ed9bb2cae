package dev.gosafe.checker.analysis.cfg;

import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of a {@link Cfg}. Nodes have identity (two copies of a {@code finally} block's event are
 * different nodes carrying the same {@link Event}), a {@link Kind}, and outgoing {@link Edge}s.
 * Immutable once the graph is built.
 *
 * <ul>
 *   <li>{@link Kind#EVENT}: {@link #event()} happens; NORMAL successor(s), plus one EXCEPTIONAL
 *       successor when {@code event.mayThrow()}. A {@link Event.Select} has one NORMAL successor per
 *       case body (and one for the default/timeout body).
 *   <li>{@link Kind#ASSIGN}: {@link #assign()}, whose value is always a {@link Cond.Const} or
 *       {@link Cond.Unknown} (the builder turns {@code b = lock.tryLock()} into a branch on the
 *       try-acquire followed by {@code b = true} / {@code b = false}).
 *   <li>{@link Kind#BIND}: {@link #bind()}.
 *   <li>{@link Kind#BRANCH}: tests the atom {@link #cond()} ({@link Cond.Var},
 *       {@link Cond.TryAcquire} — acquiring on the TRUE edge — or {@link Cond.Unknown}); one TRUE and
 *       one FALSE edge. The test after a channel range loop's receive (TRUE: an element arrived,
 *       FALSE: closed and drained) is an Unknown branch whose {@link #origin()} is the Range.
 *   <li>{@link Kind#NOP}: no effect; joins, loop heads (origin = the Loop / Range), dispatch to
 *       switch cases or catch clauses (origin = the Switch / Try).
 *   <li>{@link Kind#THROW}: a {@code throw} statement; one EXCEPTIONAL edge.
 *   <li>{@link Kind#ENTRY}, {@link Kind#NORMAL_EXIT}, {@link Kind#EXCEPTIONAL_EXIT}.
 * </ul>
 */
public final class Node {

  /** What a node is. */
  public enum Kind { ENTRY, EVENT, ASSIGN, BIND, BRANCH, NOP, THROW, NORMAL_EXIT, EXCEPTIONAL_EXIT }

  private int id;
  private final Kind kind;
  private final Event event;
  private final Cond cond;
  private final Stmt origin;
  private final SourcePos pos;
  private boolean inFinally;
  private List<Edge> out = new ArrayList<>();

  Node(Kind kind, Event event, Cond cond, Stmt origin, SourcePos pos) {
    this.kind = kind;
    this.event = event;
    this.cond = cond;
    this.origin = origin;
    this.pos = pos == null ? SourcePos.NONE : pos;
  }

  /** Index in {@link Cfg#nodes()} (reverse post-order from the entry). */
  public int id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /** The event of an EVENT node, else null. */
  public Event event() {
    return event;
  }

  /** The tested atom of a BRANCH node, else null. */
  public Cond cond() {
    return cond;
  }

  /** The assignment of an ASSIGN node (value Const or Unknown), else null. */
  public Stmt.Assign assign() {
    return origin instanceof Stmt.Assign a ? a : null;
  }

  /** The bind of a BIND node, else null. */
  public Stmt.Bind bind() {
    return origin instanceof Stmt.Bind b ? b : null;
  }

  /** The statement this node comes from, when there is one worth knowing (loop heads, throw, return, switch, try), else null. */
  public Stmt origin() {
    return origin;
  }

  /** Where this node is in the source ({@link SourcePos#NONE} for synthetic nodes). */
  public SourcePos pos() {
    return pos;
  }

  /**
   * Whether this node belongs to (a copy of) a {@code finally} block: cleanup code, whose own
   * exceptions the "X stays held/unbalanced if something throws" rules do not count.
   */
  public boolean inFinally() {
    return inFinally;
  }

  void markInFinally() {
    this.inFinally = true;
  }

  /** All outgoing edges, in a stable order. */
  public List<Edge> out() {
    return out;
  }

  /** The targets of the outgoing edges of one kind. */
  public List<Node> successors(EdgeKind edgeKind) {
    List<Node> result = new ArrayList<>(2);
    for (Edge e : out) {
      if (e.kind() == edgeKind) {
        result.add(e.target());
      }
    }
    return result;
  }

  void addEdge(EdgeKind edgeKind, Node target) {
    out.add(new Edge(edgeKind, target));
  }

  void freeze(int newId) {
    this.id = newId;
    this.out = List.copyOf(out);
  }

  @Override
  public String toString() {
    String what = switch (kind) {
      case EVENT -> event.getClass().getSimpleName() + "@" + pos.line();
      case BRANCH -> cond.getClass().getSimpleName();
      case ASSIGN -> assign().var().name() + "=" + assign().value();
      case BIND -> bind().var().name() + ":=" + bind().value();
      default -> kind.name();
    };
    return id + ":" + what;
  }
}
