package dev.gosafe.checker.analysis.flow;

import dev.gosafe.checker.analysis.cfg.Cfg;
import dev.gosafe.checker.analysis.cfg.Edge;
import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.State;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disjunctive forward analysis: every node gets the set of distinct per-path {@link State}s
 * that reach it. A worklist propagates each new state once along each outgoing edge through
 * {@link Transfer#apply}. Termination: every fact saturates (hold counts at MANY, counter
 * balances through loop summaries), and a node holding more than {@code budget} states aborts the
 * run (the method is then skipped silently and counted in {@link AnalysisStats}).
 */
public final class Dataflow {
  /** The default per-node state budget. */
  public static final int DEFAULT_BUDGET = 256;

  private static final int MAX_STEPS = 200_000;

  private Dataflow() {}

  /** The states entering each node, or null when over budget. */
  public static Result run(Cfg cfg, State initial, Transfer transfer, int budget) {
    List<Map<State, State>> in = new ArrayList<>(cfg.nodes().size());
    for (int i = 0; i < cfg.nodes().size(); i++) {
      in.add(new LinkedHashMap<>());
    }
    ArrayDeque<Object[]> work = new ArrayDeque<>();
    in.get(cfg.entry().id()).put(initial, initial);
    work.add(new Object[] {cfg.entry(), initial});
    int steps = 0;
    while (!work.isEmpty()) {
      if (++steps > MAX_STEPS) {
        AnalysisStats.countBudgetExceeded();
        return null;
      }
      Object[] item = work.poll();
      Node n = (Node) item[0];
      State s = (State) item[1];
      for (Edge e : n.out()) {
        State next = transfer.apply(n, e, s);
        if (next == null) {
          continue;
        }
        Map<State, State> target = in.get(e.target().id());
        State old = target.get(next);
        if (old != null && betterThrower(next, old)) {
          // same facts, but an ordinary exception to name in messages: upgrade once and re-propagate
          target.put(next, next);
          work.add(new Object[] {e.target(), next});
        } else if (old == null) {
          target.put(next, next);
          if (target.size() > budget) {
            AnalysisStats.countBudgetExceeded();
            return null;
          }
          work.add(new Object[] {e.target(), next});
        }
      }
    }
    AnalysisStats.countAnalysed();
    List<Collection<State>> frozen = new ArrayList<>(in.size());
    for (Map<State, State> m : in) {
      frozen.add(List.copyOf(m.values()));
    }
    return new Result(cfg, frozen);
  }

  private static boolean betterThrower(State candidate, State existing) {
    return candidate.thrower() != null && candidate.thrower().ordinary()
        && (existing.thrower() == null || !existing.thrower().ordinary());
  }

  /** The analysis result: the states entering each node. */
  public record Result(Cfg cfg, List<Collection<State>> in) {
    public Collection<State> in(Node n) {
      return in.get(n.id());
    }
  }
}
