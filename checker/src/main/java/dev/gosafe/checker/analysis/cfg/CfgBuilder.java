package dev.gosafe.checker.analysis.cfg;

import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/*
 * Builds the graph backwards: build(stmt, next, ctx) returns the entry node of stmt, given the node
 * control reaches after it and a jump context saying where throw/return/break/continue go. A
 * finally block (and a resource close chain) wraps the context with a memoised function "first run
 * a fresh copy of the cleanup, then go to the original target", so each continuation gets its own
 * copy. Loops create their head first so the body can jump back to it.
 */
final class CfgBuilder {
  private final Node normalExit = new Node(Node.Kind.NORMAL_EXIT, null, null, null, null);
  private final Node exceptionalExit = new Node(Node.Kind.EXCEPTIONAL_EXIT, null, null, null, null);
  /** How many finally copies are being built right now (see {@link #finallyCopy}). */
  private int finallyDepth;

  Cfg build(Stmt body) {
    Node entry = new Node(Node.Kind.ENTRY, null, null, null, null);
    Ctx root = new Root();
    entry.addEdge(EdgeKind.NORMAL, build(body, normalExit, root));
    List<Node> order = reversePostOrder(entry);
    if (!order.contains(normalExit)) {
      order.add(normalExit);
    }
    if (!order.contains(exceptionalExit)) {
      order.add(exceptionalExit);
    }
    for (int i = 0; i < order.size(); i++) {
      order.get(i).freeze(i);
    }
    return new Cfg(entry, normalExit, exceptionalExit, order);
  }

  private static List<Node> reversePostOrder(Node entry) {
    List<Node> post = new ArrayList<>();
    Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> stack = new ArrayDeque<>();
    seen.add(entry);
    stack.push(new Object[] {entry, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      Node n = (Node) top[0];
      int i = (Integer) top[1];
      if (i < n.out().size()) {
        top[1] = i + 1;
        Node t = n.out().get(i).target();
        if (seen.add(t)) {
          stack.push(new Object[] {t, 0});
        }
      } else {
        stack.pop();
        post.add(n);
      }
    }
    java.util.Collections.reverse(post);
    return post;
  }

  // ---------------------------------------------------------------- statements

  private Node build(Stmt stmt, Node next, Ctx ctx) {
    if (stmt == null) {
      return next;
    }
    return switch (stmt) {
      case Stmt.Block b -> {
        Node cur = next;
        for (int i = b.stmts().size() - 1; i >= 0; i--) {
          cur = build(b.stmts().get(i), cur, ctx);
        }
        yield cur;
      }
      case Stmt.Do d -> d.event() == null ? next : event(d.event(), next, ctx);
      case Stmt.Assign a -> assign(a, next, ctx);
      case Stmt.Bind b -> {
        Node n = new Node(Node.Kind.BIND, null, null, b, b.pos());
        n.addEdge(EdgeKind.NORMAL, next);
        yield n;
      }
      case Stmt.If i -> cond(i.cond(), build(i.then(), next, ctx), build(i.otherwise(), next, ctx), ctx);
      case Stmt.Loop l -> loop(l, next, ctx);
      case Stmt.Range r -> range(r, next, ctx);
      case Stmt.Try t -> tryStmt(t, next, ctx);
      case Stmt.Switch s -> switchStmt(s, next, ctx);
      case Stmt.Labeled l -> build(l.body(), next, new Jump(ctx, l.label(), next, null, false));
      case Stmt.Return r -> jumpNode(r, ctx.onReturn());
      case Stmt.Throw t -> {
        Node n = new Node(Node.Kind.THROW, null, null, t, t.pos());
        n.addEdge(EdgeKind.EXCEPTIONAL, ctx.onThrow());
        yield n;
      }
      case Stmt.Break b -> jumpNode(b, ctx.onBreak(b.label()));
      case Stmt.Continue c -> jumpNode(c, ctx.onContinue(c.label()));
    };
  }

  /** A NOP carrying the jump statement (so analyses can name an early return), then the target. */
  private static Node jumpNode(Stmt origin, Node target) {
    SourcePos pos = switch (origin) {
      case Stmt.Return r -> r.pos();
      case Stmt.Break b -> b.pos();
      case Stmt.Continue c -> c.pos();
      default -> SourcePos.NONE;
    };
    Node n = new Node(Node.Kind.NOP, null, null, origin, pos);
    n.addEdge(EdgeKind.NORMAL, target);
    return n;
  }

  private Node event(Event e, Node next, Ctx ctx) {
    Node n = new Node(Node.Kind.EVENT, e, null, null, e.pos());
    if (finallyDepth > 0) {
      n.markInFinally();
    }
    if (e instanceof Event.Select s) {
      Ctx caseCtx = new CaseBody(ctx, next);
      for (Event.SelectCase c : s.cases()) {
        n.addEdge(EdgeKind.NORMAL, build(c.body() == null ? Stmt.EMPTY : c.body(), next, caseCtx));
      }
      if (s.hasDefault() || s.hasTimeout() || s.cases().isEmpty()) {
        n.addEdge(EdgeKind.NORMAL,
            build(s.otherBody() == null ? Stmt.EMPTY : s.otherBody(), next, caseCtx));
      }
    } else {
      n.addEdge(EdgeKind.NORMAL, next);
    }
    if (e.mayThrow()) {
      n.addEdge(EdgeKind.EXCEPTIONAL, ctx.onThrow());
    }
    return n;
  }

  private Node events(List<Event> events, Node next, Ctx ctx) {
    Node cur = next;
    for (int i = events.size() - 1; i >= 0; i--) {
      cur = event(events.get(i), cur, ctx);
    }
    return cur;
  }

  private Node assign(Stmt.Assign a, Node next, Ctx ctx) {
    if (a.value() == null || a.value() instanceof Cond.Unknown || a.value() instanceof Cond.Const) {
      Node n = new Node(Node.Kind.ASSIGN, null, null, a, a.pos());
      n.addEdge(EdgeKind.NORMAL, next);
      return n;
    }
    Node t = assign(new Stmt.Assign(a.var(), Cond.TRUE, a.pos()), next, ctx);
    Node f = assign(new Stmt.Assign(a.var(), Cond.FALSE, a.pos()), next, ctx);
    return cond(a.value(), t, f, ctx);
  }

  /** Decomposes a condition into BRANCH nodes on atoms; effects run first. */
  private Node cond(Cond c, Node ifTrue, Node ifFalse, Ctx ctx) {
    if (c == null) {
      return branch(Cond.UNKNOWN, ifTrue, ifFalse, null, SourcePos.NONE);
    }
    return switch (c) {
      case Cond.Const k -> k.value() ? ifTrue : ifFalse;
      case Cond.Not n -> cond(n.operand(), ifFalse, ifTrue, ctx);
      case Cond.And a -> cond(a.left(), cond(a.right(), ifTrue, ifFalse, ctx), ifFalse, ctx);
      case Cond.Or o -> cond(o.left(), ifTrue, cond(o.right(), ifTrue, ifFalse, ctx), ctx);
      case Cond.Effects e -> events(e.events(), cond(e.test(), ifTrue, ifFalse, ctx), ctx);
      case Cond.Unknown u -> branch(u, ifTrue, ifFalse, null, SourcePos.NONE);
      case Cond.Var v -> branch(v, ifTrue, ifFalse, null, SourcePos.NONE);
      case Cond.TryAcquire t -> branch(t, ifTrue, ifFalse, null, t.pos());
    };
  }

  private static Node branch(Cond atom, Node ifTrue, Node ifFalse, Stmt origin, SourcePos pos) {
    Node n = new Node(Node.Kind.BRANCH, null, atom, origin, pos);
    n.addEdge(EdgeKind.TRUE, ifTrue);
    n.addEdge(EdgeKind.FALSE, ifFalse);
    return n;
  }

  private Node loop(Stmt.Loop l, Node next, Ctx ctx) {
    Node head = new Node(Node.Kind.NOP, null, null, l, l.pos());
    if (l.condFirst()) {
      Node update = build(l.update(), head, ctx);
      Node body = build(l.body(), update, new Jump(ctx, l.label(), next, update, true));
      head.addEdge(EdgeKind.NORMAL, cond(l.cond(), body, next, ctx));
    } else {
      Node test = new Node(Node.Kind.NOP, null, null, null, l.pos());
      Node update = build(l.update(), test, ctx);
      Node body = build(l.body(), update, new Jump(ctx, l.label(), next, update, true));
      test.addEdge(EdgeKind.NORMAL, cond(l.cond(), head, next, ctx));
      head.addEdge(EdgeKind.NORMAL, body);
    }
    return head;
  }

  private Node range(Stmt.Range r, Node next, Ctx ctx) {
    Node head = new Node(Node.Kind.NOP, null, null, r, r.pos());
    Node body = build(r.body(), head, new Jump(ctx, r.label(), next, head, true));
    Node test = branch(Cond.UNKNOWN, body, next, r, r.pos());
    Node recv = event(new Event.Recv(r.channel(), r.kind(), r.pos()), test, ctx);
    head.addEdge(EdgeKind.NORMAL, recv);
    return head;
  }

  private Node switchStmt(Stmt.Switch s, Node next, Ctx ctx) {
    Node dispatch = new Node(Node.Kind.NOP, null, null, s, s.pos());
    Ctx inner = new Jump(ctx, null, next, null, false);
    int n = s.cases().size();
    Node[] entries = new Node[n];
    for (int i = n - 1; i >= 0; i--) {
      Node after = s.fallsThrough() && i + 1 < n ? entries[i + 1] : next;
      entries[i] = build(s.cases().get(i), after, inner);
    }
    for (Node e : entries) {
      dispatch.addEdge(EdgeKind.NORMAL, e);
    }
    if (!s.hasDefault() || n == 0) {
      dispatch.addEdge(EdgeKind.NORMAL, next);
    }
    return dispatch;
  }

  private Node tryStmt(Stmt.Try t, Node next, Ctx ctx) {
    // Level 1: the finally block runs on every way out of the try (body, resources, catches).
    Ctx fin = isEmpty(t.finallyBlock())
        ? ctx
        : new Wrapped(ctx, target -> finallyCopy(t.finallyBlock(), target, ctx));
    Node afterAll = fin == ctx ? next : fin.wrap(next);
    // Level 2: exceptions from the body and resources go to the catch clauses first.
    Ctx guarded = fin;
    if (!t.catches().isEmpty()) {
      Node dispatch = new Node(Node.Kind.NOP, null, null, t, t.pos());
      boolean catchAll = false;
      for (Stmt.Catch c : t.catches()) {
        dispatch.addEdge(EdgeKind.NORMAL, build(c.body(), afterAll, fin));
        catchAll |= c.catchesUnchecked();
      }
      if (!catchAll) {
        dispatch.addEdge(EdgeKind.NORMAL, fin.onThrow());
      }
      guarded = new ThrowTo(fin, dispatch);
    }
    // Level 3: resources, closed in reverse order on every exit of the body.
    List<Stmt.Resource> res = t.resources();
    Ctx[] closing = new Ctx[res.size() + 1];
    closing[0] = guarded;
    for (int i = 1; i <= res.size(); i++) {
      List<Event> onClose = res.get(i - 1).onClose();
      Ctx outer = closing[i - 1];
      closing[i] = onClose.isEmpty() ? outer : new Wrapped(outer, target -> events(onClose, target, outer));
    }
    Ctx bodyCtx = closing[res.size()];
    // normal completion of the body: close resources (last opened first), then the finally
    Node bodyNext = afterAll;
    for (int i = 1; i <= res.size(); i++) {
      if (closing[i] != closing[i - 1]) {
        bodyNext = closing[i].wrap(bodyNext);
      }
    }
    Node cur = build(t.body(), bodyNext, bodyCtx);
    for (int i = res.size() - 1; i >= 0; i--) {
      cur = build(res.get(i).init(), cur, closing[i]);
    }
    return cur;
  }

  /**
   * A fresh copy of a finally block continuing to {@code target}; the nodes created meanwhile are
   * marked {@link Node#inFinally()} (building is synchronous, so they are exactly this copy's
   * nodes and those of any enclosing finally copy it needs, which are finally code as well).
   */
  private Node finallyCopy(Stmt block, Node target, Ctx ctx) {
    finallyDepth++;
    try {
      return build(block, target, ctx);
    } finally {
      finallyDepth--;
    }
  }

  private static boolean isEmpty(Stmt s) {
    return s == null || (s instanceof Stmt.Block b && b.stmts().stream().allMatch(CfgBuilder::isEmpty));
  }

  // ---------------------------------------------------------------- jump contexts

  /** Where each kind of abrupt completion goes. */
  private abstract static class Ctx {
    abstract Node onThrow();

    abstract Node onReturn();

    abstract Node onBreak(String label);

    abstract Node onContinue(String label);

    /** Where normal completion to {@code target} goes through this context's own cleanup (identity unless wrapped). */
    Node wrap(Node target) {
      return target;
    }
  }

  private final class Root extends Ctx {
    @Override Node onThrow() {
      return exceptionalExit;
    }

    @Override Node onReturn() {
      return normalExit;
    }

    // A break/continue with no target is malformed: end the method rather than fail.
    @Override Node onBreak(String label) {
      return normalExit;
    }

    @Override Node onContinue(String label) {
      return normalExit;
    }
  }

  /** A loop, switch or labelled statement: break (and for loops continue) targets. */
  private static final class Jump extends Ctx {
    private final Ctx parent;
    private final String label;
    private final Node breakTo;
    private final Node continueTo;
    private final boolean unlabelled;

    Jump(Ctx parent, String label, Node breakTo, Node continueTo, boolean isLoop) {
      this.parent = parent;
      this.label = label;
      this.breakTo = breakTo;
      this.continueTo = continueTo;
      // an unlabelled break targets the innermost loop or switch; a Labeled statement only by name
      this.unlabelled = isLoop || (label == null);
    }

    @Override Node onThrow() {
      return parent.onThrow();
    }

    @Override Node onReturn() {
      return parent.onReturn();
    }

    @Override Node onBreak(String l) {
      if (l == null ? unlabelled : l.equals(label)) {
        return breakTo;
      }
      return parent.onBreak(l);
    }

    @Override Node onContinue(String l) {
      if (continueTo != null && (l == null || l.equals(label))) {
        return continueTo;
      }
      return parent.onContinue(l);
    }
  }

  /** A select case body (a lambda in the source): return ends the case. */
  private static final class CaseBody extends Ctx {
    private final Ctx parent;
    private final Node after;

    CaseBody(Ctx parent, Node after) {
      this.parent = parent;
      this.after = after;
    }

    @Override Node onThrow() {
      return parent.onThrow();
    }

    @Override Node onReturn() {
      return after;
    }

    @Override Node onBreak(String label) {
      return after;
    }

    @Override Node onContinue(String label) {
      return after;
    }
  }

  /** Exceptions go to {@code handler}; everything else as the parent. */
  private static final class ThrowTo extends Ctx {
    private final Ctx parent;
    private final Node handler;

    ThrowTo(Ctx parent, Node handler) {
      this.parent = parent;
      this.handler = handler;
    }

    @Override Node onThrow() {
      return handler;
    }

    @Override Node onReturn() {
      return parent.onReturn();
    }

    @Override Node onBreak(String label) {
      return parent.onBreak(label);
    }

    @Override Node onContinue(String label) {
      return parent.onContinue(label);
    }
  }

  /**
   * Every exit first runs a cleanup (a finally copy or resource closes), built once per target by
   * {@code cleanup}, then continues to the parent's target.
   */
  private static final class Wrapped extends Ctx {
    private final Ctx parent;
    private final Function<Node, Node> cleanup;
    private final Map<Node, Node> copies = new IdentityHashMap<>();

    Wrapped(Ctx parent, Function<Node, Node> cleanup) {
      this.parent = parent;
      this.cleanup = cleanup;
    }

    private Node via(Node target) {
      Node copy = copies.get(target);
      if (copy == null) {
        copy = cleanup.apply(target);
        copies.put(target, copy);
      }
      return copy;
    }

    @Override Node onThrow() {
      return via(parent.onThrow());
    }

    @Override Node onReturn() {
      return via(parent.onReturn());
    }

    @Override Node onBreak(String label) {
      return via(parent.onBreak(label));
    }

    @Override Node onContinue(String label) {
      return via(parent.onContinue(label));
    }

    /** Normal completion to {@code target}: only this context's own cleanup (outer ones are already on the way to target). */
    @Override Node wrap(Node target) {
      return via(target);
    }
  }
}
