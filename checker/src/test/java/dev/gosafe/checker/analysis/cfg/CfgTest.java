package dev.gosafe.checker.analysis.cfg;

import static dev.gosafe.checker.analysis.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CfgTest {
  private static final Ref.Local MU = local("mu");
  private static final Ref.Local CH = local("ch");

  /**
   * Every path from the entry to an exit, visiting each node at most twice, written as the events
   * on it: "L3" acquire at line 3, "U5" release, "C4" call, "S"/"R" send/receive, "K" close,
   * "!" after an event that throws, "T"/"F" for branch outcomes, then "NX" or "EX".
   */
  static Set<String> paths(Stmt body) {
    Cfg cfg = Cfg.of(body);
    Set<String> out = new TreeSet<>();
    walk(cfg.entry(), new ArrayList<>(), new HashMap<>(), out);
    return out;
  }

  private static void walk(Node n, List<String> trace, Map<Node, Integer> visits, Set<String> out) {
    int v = visits.merge(n, 1, Integer::sum);
    if (v > 2 || out.size() > 1000) {
      visits.merge(n, -1, Integer::sum);
      return;
    }
    if (n.kind() == Node.Kind.NORMAL_EXIT || n.kind() == Node.Kind.EXCEPTIONAL_EXIT) {
      List<String> t = new ArrayList<>(trace);
      t.add(n.kind() == Node.Kind.NORMAL_EXIT ? "NX" : "EX");
      out.add(String.join(" ", t));
    }
    for (Edge e : n.out()) {
      String label = label(n, e);
      if (label != null) {
        trace.add(label);
      }
      walk(e.target(), trace, visits, out);
      if (label != null) {
        trace.remove(trace.size() - 1);
      }
    }
    visits.merge(n, -1, Integer::sum);
  }

  private static String label(Node n, Edge e) {
    String base = switch (n.kind()) {
      case EVENT -> switch (n.event()) {
        case Event.Acquire a -> "L" + a.pos().line();
        case Event.Release r -> "U" + r.pos().line();
        case Event.Call c -> "C" + c.pos().line();
        case Event.Send s -> "S" + s.pos().line();
        case Event.Recv r -> "R" + r.pos().line();
        case Event.Close c -> "K" + c.pos().line();
        default -> "E" + n.pos().line();
      };
      case BRANCH -> e.kind() == EdgeKind.TRUE ? "T" : "F";
      case ASSIGN -> n.assign().var().name() + "=" + (n.assign().value() instanceof Cond.Const c ? c.value() : "?");
      case THROW -> "throw";
      default -> null;
    };
    if (base != null && e.kind() == EdgeKind.EXCEPTIONAL && n.kind() == Node.Kind.EVENT) {
      base += "!";
    }
    return base;
  }

  @Test
  void straightLineEventsHaveExceptionalEdges() {
    assertEquals(Set.of("L1 C2 U3 NX", "L1 C2! EX", "L1! EX", "L1 C2 U3! EX"),
        paths(block(lock(MU, 1), call("save", 2), unlock(MU, 3))));
  }

  @Test
  void eventsThatCannotThrowHaveNoExceptionalEdge() {
    Cfg cfg = Cfg.of(block(newObj(MU, ObjKind.MUTEX, Count.of(0), 1), escape(MU, 2)));
    for (Node n : cfg.nodes()) {
      assertTrue(n.successors(EdgeKind.EXCEPTIONAL).isEmpty(), n::toString);
    }
    assertTrue(cfg.predecessors().get(cfg.exceptionalExit().id()).isEmpty());
  }

  @Test
  void finallyRunsOnNormalAndExceptionalPaths() {
    assertEquals(Set.of("L1! EX", "L1 C3 U5 NX", "L1 C3! U5 EX", "L1 C3 U5! EX", "L1 C3! U5! EX"),
        paths(block(lock(MU, 1), tryFinally(call("save", 3), unlock(MU, 5)))));
  }

  @Test
  void finallyRunsBeforeReturnAndIsCopiedPerContinuation() {
    Stmt body = block(
        tryFinally(block(ifThen(unknown(), ret(2)), call("a", 3)), call("f", 5)),
        call("after", 7));
    assertEquals(Set.of(
        "T C5 NX", "T C5! EX",
        "F C3 C5 C7 NX", "F C3 C5 C7! EX", "F C3 C5! EX",
        "F C3! C5 EX", "F C3! C5! EX"), paths(body));
    long copies = Cfg.of(body).nodes().stream()
        .filter(n -> n.kind() == Node.Kind.EVENT && n.pos().line() == 5).count();
    assertEquals(3, copies, "one finally copy per continuation: return, normal, exception");
  }

  @Test
  void nestedFinallyBlocksRunOnceEachOnEveryPath() {
    Ref.Local a = local("a");
    assertEquals(Set.of("L1! EX", "L1 L2! U5 EX", "L1 L2! U5! EX", "L1 L2 C3 U4 U5 NX",
            "L1 L2 C3 U4 U5! EX", "L1 L2 C3 U4! U5 EX", "L1 L2 C3 U4! U5! EX", "L1 L2 C3! U4 U5 EX",
            "L1 L2 C3! U4 U5! EX", "L1 L2 C3! U4! U5 EX", "L1 L2 C3! U4! U5! EX"),
        paths(block(lock(a, 1), tryFinally(block(lock(MU, 2),
            tryFinally(call("x", 3), unlock(MU, 4))), unlock(a, 5)))));
  }

  @Test
  void catchIsTargetAndExceptionAlsoPropagatesUnlessCatchAll() {
    assertEquals(Set.of("C1 NX", "C1! C3 NX", "C1! C3! EX", "C1! EX"),
        paths(tryCatch(call("io", 1), false, call("log", 3))));
    assertEquals(Set.of("C1 NX", "C1! C3 NX", "C1! C3! EX"),
        paths(tryCatch(call("io", 1), true, call("log", 3))));
  }

  @Test
  void catchThenFinally() {
    Stmt t = new Stmt.Try(List.of(), call("io", 1),
        List.of(new Stmt.Catch(call("log", 3), true, SourcePos.NONE)), unlock(MU, 5), SourcePos.NONE);
    assertEquals(Set.of("C1 U5 NX", "C1 U5! EX", "C1! C3 U5 NX", "C1! C3 U5! EX", "C1! C3! U5 EX",
        "C1! C3! U5! EX"), paths(t));
  }

  @Test
  void tryWithResourcesClosesInReverseOrderOnEveryExit() {
    Ref.Local a = local("a");
    Ref.Local b = local("b");
    Stmt t = tryWith(List.of(
            resource(lock(a, 1), new Event.Release(a, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(10))),
            resource(lock(b, 2), new Event.Release(b, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(20)))),
        call("work", 3));
    Set<String> p = paths(t);
    assertTrue(p.contains("L1 L2 C3 U20 U10 NX"), p::toString);
    assertTrue(p.contains("L1 L2 C3! U20 U10 EX"), p::toString);
    assertTrue(p.contains("L1 L2! U10 EX"), "second init fails: only the first is closed " + p);
    assertTrue(p.contains("L1! EX"), p::toString);
    assertTrue(p.contains("L1 L2 C3 U20! U10 EX"), "a failing close still closes the rest " + p);
    for (String s : p) {
      assertTrue(!s.contains("U10 U20"), "never closes in declaration order: " + s);
    }
  }

  @Test
  void nestedTryWithResourcesCloseEachOnce() {
    Ref.Local a = local("a");
    Stmt inner = tryWith(List.of(resource(lock(MU, 2),
        new Event.Release(MU, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(20)))), call("x", 3));
    Stmt outer = tryWith(List.of(resource(lock(a, 1),
        new Event.Release(a, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(10)))), inner);
    Set<String> p = paths(outer);
    assertTrue(p.contains("L1 L2 C3 U20 U10 NX"), p::toString);
    assertTrue(p.contains("L1 L2! U10 EX"), p::toString);
    for (String s : p) {
      assertTrue(!s.matches(".*U10.*U10.*") && !s.matches(".*U20.*U20.*"), "closed twice: " + s);
    }
    Stmt noClose = tryWith(List.of(resource(call("open", 1)),
        resource(lock(a, 2), new Event.Release(a, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(10)))),
        call("x", 3));
    for (String s : paths(noClose)) {
      assertTrue(!s.matches(".*U10.*U10.*"), "closed twice: " + s);
    }
  }

  @Test
  void tryWithResourcesThenCatch() {
    Ref.Local a = local("a");
    Stmt t = new Stmt.Try(
        List.of(resource(lock(a, 1), new Event.Release(a, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(10)))),
        call("work", 3), List.of(new Stmt.Catch(call("log", 5), true, SourcePos.NONE)), Stmt.EMPTY,
        SourcePos.NONE);
    Set<String> p = paths(t);
    assertTrue(p.contains("L1 C3! U10 C5 NX"), "resource closed before the catch runs " + p);
    assertTrue(p.contains("L1! C5 NX"), p::toString);
  }

  @Test
  void tryAcquireBranches() {
    assertEquals(Set.of("T C2 U3 NX", "T C2! EX", "T C2 U3! EX", "F NX"),
        paths(ifThen(tryLock(MU, 1), block(call("x", 2), unlock(MU, 3)))));
  }

  @Test
  void assignOfConditionSplitsIntoConstantAssignments() {
    Ref.Local ok = local("ok");
    Set<String> p = paths(block(assign(ok, tryLock(MU, 1), 1), ifThen(var(ok), unlock(MU, 3))));
    assertTrue(p.contains("T ok=true T U3 NX"), p::toString);
    assertTrue(p.contains("F ok=false F NX"), p::toString);
  }

  @Test
  void shortCircuitConditions() {
    Cond c = new Cond.And(unknown(), not(unknown()));
    assertEquals(Set.of("T F C1 NX", "T F C1! EX", "T T NX", "F NX"),
        paths(ifThen(c, call("x", 1))));
    Cond o = new Cond.Or(unknown(), Cond.FALSE);
    assertEquals(Set.of("T C1 NX", "T C1! EX", "F NX"), paths(ifThen(o, call("x", 1))));
  }

  @Test
  void conditionEffectsRunBeforeTheTest() {
    Cond c = new Cond.Effects(List.of(new Event.Recv(CH, ObjKind.CHANNEL, at(1))), unknown());
    assertEquals(Set.of("R1 T C2 NX", "R1 T C2! EX", "R1 F NX", "R1! EX"),
        paths(ifThen(c, call("x", 2))));
  }

  @Test
  void whileLoopWithBreakAndContinue() {
    Stmt body = whileLoop(unknown(), block(
        ifThen(unknown(), new Stmt.Break(null, at(2))),
        ifThen(unknown(), new Stmt.Continue(null, at(3))),
        call("x", 4)));
    Set<String> p = paths(body);
    assertTrue(p.contains("F NX"), p::toString);
    assertTrue(p.contains("T T NX"), "break leaves the loop " + p);
    assertTrue(p.contains("T F T T T NX"), "continue goes back to the test " + p);
    assertTrue(p.contains("T F F C4 F NX"), p::toString);
  }

  @Test
  void labelledBreakAndContinueLeaveTheOuterLoop() {
    Stmt inner = whileLoop(unknown(), block(
        ifThen(unknown(), new Stmt.Break("outer", at(2))),
        call("x", 3)));
    Stmt outer = new Stmt.Loop(unknown(), block(inner, call("y", 5)), Stmt.EMPTY, true, Count.UNKNOWN,
        "outer", SourcePos.NONE);
    Set<String> p = paths(outer);
    assertTrue(p.contains("T T T NX"), "break outer skips y " + p);
    assertTrue(p.stream().noneMatch(s -> s.startsWith("T T T C5")), p::toString);
    Stmt inner2 = whileLoop(unknown(), block(ifThen(unknown(), new Stmt.Continue("outer", at(2))), call("x", 3)));
    Stmt outer2 = new Stmt.Loop(unknown(), block(inner2, call("y", 5)), Stmt.EMPTY, true, Count.UNKNOWN,
        "outer", SourcePos.NONE);
    Set<String> p2 = paths(outer2);
    assertTrue(p2.contains("T T T F NX"), "continue outer goes to the outer test " + p2);
  }

  @Test
  void doWhileRunsBodyFirst() {
    Stmt l = new Stmt.Loop(unknown(), call("x", 1), Stmt.EMPTY, false, Count.UNKNOWN, null, SourcePos.NONE);
    Set<String> p = paths(l);
    assertTrue(p.contains("C1 F NX"), p::toString);
    assertTrue(p.contains("C1 T C1 F NX"), p::toString);
    assertTrue(p.stream().noneMatch(s -> s.startsWith("F")), p::toString);
  }

  @Test
  void breakThroughFinallyRunsIt() {
    Stmt l = whileLoop(unknown(), tryFinally(new Stmt.Break(null, at(2)), unlock(MU, 4)));
    Set<String> p = paths(l);
    assertTrue(p.contains("T U4 NX"), p::toString);
    assertTrue(p.contains("T U4! EX"), p::toString);
  }

  @Test
  void rangeReceivesEachIterationAndExitsWhenClosed() {
    Stmt r = new Stmt.Range(CH, ObjKind.CHANNEL, call("use", 2), null, at(1));
    Set<String> p = paths(r);
    assertTrue(p.contains("R1 F NX"), p::toString);
    assertTrue(p.contains("R1 T C2 R1 F NX"), p::toString);
    assertTrue(p.contains("R1! EX"), p::toString);
  }

  @Test
  void switchWithAndWithoutFallThrough() {
    List<Stmt> cases = List.of(call("a", 1), block(call("b", 2), new Stmt.Break(null, at(2))), call("c", 3));
    Set<String> ft = paths(new Stmt.Switch(cases, false, true, at(0)));
    assertTrue(ft.contains("C1 C2 NX"), "falls into the next case, then breaks " + ft);
    assertTrue(ft.contains("C3 NX"), ft::toString);
    assertTrue(ft.contains("NX"), "no default: may skip every case " + ft);
    Set<String> arrow = paths(new Stmt.Switch(cases, true, false, at(0)));
    assertTrue(arrow.contains("C1 NX"), arrow::toString);
    assertTrue(!arrow.contains("NX"), "a default case: some case runs " + arrow);
  }

  @Test
  void labeledBlockBreak() {
    Stmt s = block(new Stmt.Labeled("b", block(ifThen(unknown(), new Stmt.Break("b", at(1))), call("x", 2))),
        call("y", 3));
    Set<String> p = paths(s);
    assertTrue(p.contains("T C3 NX"), p::toString);
    assertTrue(p.contains("F C2 C3 NX"), p::toString);
  }

  @Test
  void throwGoesToHandler() {
    Set<String> p = paths(tryFinally(block(lock(MU, 1), thr(2)), unlock(MU, 3)));
    assertTrue(p.contains("L1 throw U3 EX"), p::toString);
    assertTrue(p.stream().noneMatch(s -> s.endsWith("NX")), p::toString);
  }

  @Test
  void selectCasesAreAlternativesAndReturnEndsOnlyTheCase() {
    Event.Select sel = new Event.Select(List.of(
        new Event.SelectCase(false, CH, block(ret(2)), at(2)),
        new Event.SelectCase(true, CH, call("b", 3), at(3))), true, false, call("d", 4), at(1));
    Set<String> p = paths(block(ev(sel), call("after", 5)));
    assertTrue(p.contains("E1 C5 NX"), "return in a case body ends the case " + p);
    assertTrue(p.contains("E1 C3 C5 NX"), p::toString);
    assertTrue(p.contains("E1 C4 C5 NX"), p::toString);
  }

  @Test
  void nodesAreNumberedAndExitsAlwaysExist() {
    Cfg cfg = Cfg.of(ret(1));
    for (int i = 0; i < cfg.nodes().size(); i++) {
      assertEquals(i, cfg.nodes().get(i).id());
    }
    assertTrue(cfg.nodes().contains(cfg.exceptionalExit()));
    assertEquals(Node.Kind.ENTRY, cfg.nodes().get(0).kind());
  }
}
