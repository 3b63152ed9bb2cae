package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.analysis.cfg.Cfg;
import dev.gosafe.checker.analysis.cfg.EdgeKind;
import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code one kind of process runs: the analysed method (index 0) or the body of one task start.
 * Precomputes, on the body's CFG, the constant loops to unroll (head node and its test branch) and
 * the boolean locals the process tests.
 */
final class Spec {
  final int index;
  final MethodModel body;
  /** The start event, null for the method itself. */
  final Event.Start start;
  final Cfg cfg;
  final String name;
  /** Loop head node id -> ordinal of its iteration counter. */
  final Map<Integer, Integer> countedHeads = new HashMap<>();
  /** Loop test branch id -> {ordinal, trips}. */
  final Map<Integer, int[]> loopTests = new HashMap<>();
  /** Boolean locals, to slot. */
  final Map<Ref.Local, Integer> vars = new LinkedHashMap<>();

  Spec(int index, MethodModel body, Event.Start start) {
    this.index = index;
    this.body = body;
    this.start = start;
    this.cfg = Cfg.of(body);
    this.name = start == null ? body.name() + "()" : "the task started at line " + start.pos().line();
    for (Node n : cfg.nodes()) {
      if (n.kind() == Node.Kind.NOP && n.origin() instanceof Stmt.Loop l && Scope.precise(l)
          && l.trips() instanceof Count.Const c && l.condFirst() && l.cond() instanceof Cond.Unknown) {
        List<Node> next = n.successors(EdgeKind.NORMAL);
        if (next.size() == 1 && next.get(0).kind() == Node.Kind.BRANCH) {
          int ordinal = countedHeads.size();
          countedHeads.put(n.id(), ordinal);
          loopTests.put(next.get(0).id(), new int[] {ordinal, (int) c.value()});
        }
      }
      if (n.kind() == Node.Kind.ASSIGN) {
        vars.putIfAbsent(n.assign().var(), vars.size());
      }
      if (n.kind() == Node.Kind.BRANCH && n.cond() instanceof Cond.Var v) {
        vars.putIfAbsent(v.var(), vars.size());
      }
    }
  }

  Node node(int id) {
    return cfg.nodes().get(id);
  }

  /** Short name for flow steps. */
  String shortName() {
    return start == null ? body.name() + "()" : "task@" + start.pos().line();
  }

  static Map<Event.Start, Integer> indexByIdentity(List<Spec> specs) {
    Map<Event.Start, Integer> m = new java.util.IdentityHashMap<>();
    for (Spec s : specs) {
      if (s.start != null) {
        m.put(s.start, s.index);
      }
    }
    return m;
  }
}
