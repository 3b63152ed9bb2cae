package dev.gosafe.checker.analysis.flow;

import dev.gosafe.checker.analysis.cfg.Cfg;
import dev.gosafe.checker.analysis.domain.CounterFact;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.domain.Sum;
import dev.gosafe.checker.analysis.domain.Thrower;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Counter effects of a loop iteration and of a task body, computed by running the same dataflow on
 * the sub-statement with the enclosing method's counters starting at 0 ("relative" counters).
 * A loop iteration's effect is the common balance of all its normal completions (unknown when they
 * differ or the body can break/return out of the loop). A task body's effect is the common balance
 * of its normal exits; an exceptional exit with a different known balance is remembered, with what
 * threw, for "done() is skipped if X throws". Memoised per (statement identity, relative state).
 */
/** Counter summaries of loop iterations and task bodies, shared by the transfer and the rules. */
public final class Summaries {
  private static final int MAX_DEPTH = 6;

  /** The effect of one iteration / one task on one counter, with positions for messages. */
  public record Delta(Sum sum, SourcePos addPos, SourcePos donePos) {}

  /** A task body's counter effects: on normal exits, and the first exceptional exit that differs. */
  public record TaskSummary(Map<Ref, Delta> normal, Map<Ref, Thrower> skippedOnThrow,
      Map<Ref, Sum> exceptional, Set<Ref> skippedOnReturn) {}

  private final Map<String, Set<Ref>> releasedBySignature = new HashMap<>();
  /** By method name alone, for calls to overloads that the front ends do not tell apart ({@code m(?)}). */
  private final Map<String, Set<Ref>> releasedByName = new HashMap<>();
  private final Map<Object, Map<State, Object>> cache = new IdentityHashMap<>();

  /** Summaries with no knowledge of the file's other methods. */
  public Summaries() {}

  /** Summaries that also know which field locks each method of {@code file} releases. */
  public Summaries(FileModel file) {
    for (ClassModel c : file.classes()) {
      for (MethodModel m : c.methods()) {
        Set<Ref> released = StmtWalker.releasedFields(m.body());
        if (!released.isEmpty()) {
          releasedBySignature.computeIfAbsent(m.signature(), k -> new HashSet<>()).addAll(released);
          String name = m.signature().substring(0, Math.max(0, m.signature().indexOf('(')));
          releasedByName.computeIfAbsent(name, k -> new HashSet<>()).addAll(released);
        }
      }
    }
  }

  /**
   * The field locks that a call to a method of the analysed class may release: those released by
   * any method of the file with the callee's signature (matched on the signature alone, so nested
   * and outer classes may over-approximate, which only makes the lock rules quieter).
   */
  Set<Ref> releasedBy(Event.Call call) {
    if (!call.sameClass() || releasedBySignature.isEmpty()) {
      return Set.of();
    }
    int hash = call.callee().lastIndexOf('#');
    String signature = call.callee().substring(hash + 1);
    if (signature.endsWith("(?)")) {
      return releasedByName.getOrDefault(signature.substring(0, signature.length() - 3), Set.of());
    }
    return releasedBySignature.getOrDefault(signature, Set.of());
  }

  private final Map<Object, Map<State, Map<Ref, Delta>>> unbalanced = new IdentityHashMap<>();
  private int depth;

  /** The per-iteration effect of {@code body} (of {@code loop}) on each counter of {@code at}. */
  @SuppressWarnings("unchecked")
  Map<Ref, Delta> loop(Stmt loop, Stmt body, State at) {
    State rel = relative(at);
    Map<State, Object> byState = cache.computeIfAbsent(loop, k -> new HashMap<>());
    Object hit = byState.get(rel);
    if (hit != null) {
      return (Map<Ref, Delta>) hit;
    }
    Map<Ref, Delta> result = new HashMap<>();
    Dataflow.Result r = depth < MAX_DEPTH ? run(body, rel) : null;
    boolean leaves = leavesLoop(body);
    Map<Ref, Delta> odd = new HashMap<>();
    unbalanced.computeIfAbsent(loop, k -> new HashMap<>()).put(rel, odd);
    for (Ref c : rel.counters().keySet()) {
      Delta u = r == null || leaves ? null : unbalancedIteration(r, c);
      if (u != null) {
        odd.put(c, u);
      }
      result.put(c, r == null ? null : common(r, r.cfg().normalExit(), c));
    }
    for (Map.Entry<Ref, Delta> e : result.entrySet()) {
      Delta d = e.getValue();
      if (d == null || (leaves && !(d.sum().isConstant() && d.sum().constant() == 0))) {
        e.setValue(new Delta(Sum.UNKNOWN, d == null ? null : d.addPos(),
            d == null ? null : d.donePos()));
      }
    }
    byState.put(rel, result);
    return result;
  }

  /**
   * For a loop entered with state {@code at}: the counters for which one path through an iteration
   * is balanced and another is not (e.g. add(1) then start a task only if enabled), with that
   * path's balance and positions. Such a loop is unbalanced whenever that path runs.
   */
  public Map<Ref, Delta> unbalancedIterations(Stmt loop, State at) {
    Stmt body = loop instanceof Stmt.Loop l
        ? new Stmt.Block(List.of(l.body(), l.update())) : ((Stmt.Range) loop).body();
    loop(loop, body, at);
    return unbalanced.getOrDefault(loop, Map.of()).getOrDefault(relative(at), Map.of());
  }

  private static Delta unbalancedIteration(Dataflow.Result r, Ref c) {
    boolean balanced = false;
    Delta odd = null;
    for (State s : r.in(r.cfg().normalExit())) {
      CounterFact f = s.counters().get(c);
      if (f == null || !f.balance().isConstant()) {
        return null;
      }
      if (f.balance().constant() == 0) {
        balanced = true;
      } else if (odd == null) {
        odd = new Delta(f.balance(), f.addPos(), f.donePos());
      }
    }
    return balanced ? odd : null;
  }

  /** The counter effects of a task body started with the enclosing method's state {@code at}. */
  public TaskSummary task(MethodModel body, State at) {
    State rel = relative(at);
    Map<State, Object> byState = cache.computeIfAbsent(body, k -> new HashMap<>());
    Object hit = byState.get(rel);
    if (hit != null) {
      return (TaskSummary) hit;
    }
    Map<Ref, Delta> normal = new HashMap<>();
    Map<Ref, Thrower> skipped = new HashMap<>();
    Map<Ref, Sum> exceptional = new HashMap<>();
    Set<Ref> skippedOnReturn = new java.util.HashSet<>();
    Dataflow.Result r = depth < MAX_DEPTH ? run(body.body(), rel) : null;
    for (Ref c : rel.counters().keySet()) {
      Delta d = r == null ? null : common(r, r.cfg().normalExit(), c);
      if (d == null) {
        normal.put(c, new Delta(Sum.UNKNOWN, null, null));
        continue;
      }
      normal.put(c, d);
      if (d.sum().isUnknown() && doneOnSomeNormalPathsOnly(r, c)) {
        skippedOnReturn.add(c);
      }
      for (State s : r.in(r.cfg().exceptionalExit())) {
        CounterFact f = s.counters().get(c);
        if (f != null && s.thrower() != null && s.thrower().ordinary()
            && !f.balance().isUnknown() && !f.balance().equals(d.sum())) {
          skipped.putIfAbsent(c, s.thrower());
          exceptional.putIfAbsent(c, f.balance());
        }
      }
    }
    TaskSummary result = new TaskSummary(normal, skipped, exceptional, skippedOnReturn);
    byState.put(rel, result);
    return result;
  }

  private Dataflow.Result run(Stmt body, State rel) {
    depth++;
    try {
      Cfg cfg = Cfg.of(body);
      return Dataflow.run(cfg, rel, new Transfer(this, loopsOf(body)), Dataflow.DEFAULT_BUDGET);
    } finally {
      depth--;
    }
  }

  /** The balance all states at {@code exit} agree on, or null (unknown) when they differ or none arrives. */
  private static Delta common(Dataflow.Result r, dev.gosafe.checker.analysis.cfg.Node exit, Ref c) {
    Sum sum = null;
    SourcePos add = null;
    SourcePos done = null;
    for (State s : r.in(exit)) {
      CounterFact f = s.counters().get(c);
      if (f == null) {
        return null;
      }
      sum = sum == null || sum.equals(f.balance()) ? f.balance() : Sum.UNKNOWN;
      add = add == null ? f.addPos() : add;
      done = done == null ? f.donePos() : done;
    }
    return sum == null ? null : new Delta(sum, add, done);
  }

  /** Some normal exit completes the counter once and another not at all. */
  private static boolean doneOnSomeNormalPathsOnly(Dataflow.Result r, Ref c) {
    boolean once = false;
    boolean none = false;
    for (State s : r.in(r.cfg().normalExit())) {
      CounterFact f = s.counters().get(c);
      if (f == null || !f.balance().isConstant()) {
        return false;
      }
      once |= f.balance().constant() == -1;
      none |= f.balance().constant() == 0;
    }
    return once && none;
  }

  /** The enclosing method's counters, each at 0, with its aliases (captured locals keep their ids). */
  private static State relative(State at) {
    Map<Ref, CounterFact> zero = new HashMap<>();
    at.counters().forEach((r, f) -> zero.put(r, new CounterFact(Sum.ZERO, f.kind(), null, null, Set.of())));
    State rel = State.EMPTY.withCounters(m -> m.putAll(zero));
    return rel.withAliases(m -> m.putAll(at.aliases()));
  }

  /** Whether an iteration can leave the loop other than by completing (break, return, labelled continue). */
  private static boolean leavesLoop(Stmt s) {
    return switch (s) {
      case Stmt.Block b -> b.stmts().stream().anyMatch(Summaries::leavesLoop);
      case Stmt.If i -> leavesLoop(i.then()) || leavesLoop(i.otherwise());
      case Stmt.Loop l -> leavesLoop(l.body()) || leavesLoop(l.update());
      case Stmt.Range r -> leavesLoop(r.body());
      case Stmt.Try t -> leavesLoop(t.body()) || leavesLoop(t.finallyBlock())
          || t.catches().stream().anyMatch(c -> leavesLoop(c.body()));
      case Stmt.Switch sw -> sw.cases().stream().anyMatch(Summaries::leavesLoop);
      case Stmt.Labeled l -> leavesLoop(l.body());
      case Stmt.Return r -> true;
      case Stmt.Break b -> true;
      case Stmt.Continue c -> c.label() != null;
      default -> false;
    };
  }

  /** Whether {@code body} (or a task it starts) cancels {@code ctx}, resolving locals with {@code at}'s aliases. */
  static boolean cancels(Stmt body, Ref ctx, State at) {
    boolean[] found = {false};
    StmtWalker.events(body, true, e -> {
      if (e instanceof Event.Cancel c && at.canonical(c.target()).equals(ctx)) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /** For each event of a method body (not of the tasks it starts), the loops enclosing it. */
  public static Map<Event, Set<Stmt>> loopsOf(Stmt body) {
    Map<Event, Set<Stmt>> out = new IdentityHashMap<>();
    StmtWalker.walk(body, List.of(), out);
    return out;
  }
}
