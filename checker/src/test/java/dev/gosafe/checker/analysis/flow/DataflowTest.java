package dev.gosafe.checker.analysis.flow;

import static dev.gosafe.checker.analysis.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.analysis.Analyzer;
import dev.gosafe.checker.analysis.domain.HoldCount;
import dev.gosafe.checker.analysis.domain.LockKey;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataflowTest {
  static final Ref.Field MU = field("mu");

  @Test
  void overBudgetIsSilentAndCounted() {
    List<Stmt> body = new ArrayList<>();
    body.add(lock(MU, 1));
    for (int i = 0; i < 10; i++) {
      body.add(assign(local("b" + i), Cond.UNKNOWN, 2));
      body.add(ifElse(Cond.UNKNOWN, assign(local("b" + i), Cond.TRUE, 2),
          assign(local("b" + i), Cond.FALSE, 2)));
    }
    body.add(call("x", 3));
    body.add(unlock(MU, 4));
    MethodModel m = method("m", block(body.toArray(Stmt[]::new)));
    long before = AnalysisStats.budgetExceeded();
    MethodAnalysis a = MethodAnalysis.of(m, OWNER, "m()", new Summaries(), Dataflow.DEFAULT_BUDGET);
    assertFalse(a.completed());
    assertEquals(before + 1, AnalysisStats.budgetExceeded());
    assertEquals(List.of(), Analyzer.analyze(file(m)));
    // a larger budget explores it and finds the bug
    assertTrue(MethodAnalysis.of(m, OWNER, "m()", new Summaries(), 4096).completed());
  }

  @Test
  void loopReachesFixpointWithSaturatedCounts() {
    MethodModel m = method("m", whileLoop(Cond.UNKNOWN, lock(MU, 1)));
    MethodAnalysis a = MethodAnalysis.of(m, OWNER, "m()", new Summaries(), Dataflow.DEFAULT_BUDGET);
    assertTrue(a.completed());
    List<HoldCount> counts = a.in(a.cfg().normalExit()).stream()
        .map(s -> s.locks().get(new LockKey(MU, Event.Mode.EXCLUSIVE)))
        .map(f -> f == null ? HoldCount.ZERO : f.count()).sorted().toList();
    assertEquals(List.of(HoldCount.ZERO, HoldCount.ONE, HoldCount.MANY), counts);
  }

  @Test
  void infeasibleBooleanBranchesArePruned() {
    Ref.Local ok = local("ok");
    MethodModel m = method("m", block(assign(ok, Cond.TRUE, 1), ifThen(not(var(ok)), lock(MU, 2))));
    MethodAnalysis a = MethodAnalysis.of(m, OWNER, "m()", new Summaries(), Dataflow.DEFAULT_BUDGET);
    for (State s : a.in(a.cfg().normalExit())) {
      assertTrue(s.locks().isEmpty(), s::toString);
    }
  }

  @Test
  void sequentialLockBlocksDoNotMultiplyStates() {
    List<Stmt> body = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      body.add(lock(MU, 10 * i));
      body.add(tryFinally(block(call("a", 10 * i + 1), ifThen(Cond.UNKNOWN, ret(10 * i + 2)),
          call("b", 10 * i + 3)), unlock(MU, 10 * i + 4)));
    }
    MethodModel m = method("m", block(body.toArray(Stmt[]::new)));
    assertEquals(List.of(), Analyzer.analyze(file(m)));
    // deterministic proxy for speed: paths that differ only in already-released locks merge
    MethodAnalysis a = MethodAnalysis.of(m, OWNER, "m()", new Summaries(), Dataflow.DEFAULT_BUDGET);
    int max = 0;
    for (var n : a.cfg().nodes()) {
      max = Math.max(max, a.in(n).size());
    }
    assertTrue(max <= 2, "states per node: " + max);
  }
}
