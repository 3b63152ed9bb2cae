package dev.gosafe.checker.analysis.rules;

import static dev.gosafe.checker.analysis.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.analysis.Analyzer;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterContextChannelRulesTest {
  static final Ref.Local WG = local("wg");
  static final Ref.Local LATCH = local("latch");
  static final Ref.Local CTX = local("ctx");
  static final Ref.Local CH = local("ch");
  static final Count URLS = new Count.Sym("size:urls#7");

  static List<String> found(Stmt... body) {
    return LockRulesTest.found(method("m", block(body)));
  }

  static Stmt newWg(int line) {
    return newObj(WG, ObjKind.WAIT_GROUP, Count.of(0), line);
  }

  /** A task that calls done() in a finally block. */
  static MethodModel doneInFinally(int line) {
    return lambda(line, tryFinally(call("fetch", line + 1), done(WG, line + 2)));
  }

  /** A task that calls done() only when fetch() returns normally. */
  static MethodModel doneNotInFinally(int line) {
    return lambda(line, block(call("fetch", line + 1), done(WG, line + 2)));
  }

  @Test
  void addNBeforeLoopStartingNTasksIsBalanced() {
    assertEquals(List.of(), found(newWg(1), add(WG, URLS, 2),
        forEach(URLS, go(doneInFinally(4), 3)), await(WG, 9)));
    assertEquals(List.of(), found(newWg(1), add(WG, Count.of(3), 2),
        forEach(Count.of(3), go(doneInFinally(4), 3)), await(WG, 9)));
    assertEquals(List.of(), found(newWg(1),
        forEach(URLS, block(add(WG, Count.of(1), 2), go(doneInFinally(4), 3))), await(WG, 9)));
  }

  @Test
  void loopBoundDifferentFromAddIsReportedAtTheAdd() {
    assertEquals(List.of("UnbalancedWaitGroup@2"), found(newWg(1), add(WG, Count.of(3), 2),
        forEach(Count.of(2), go(doneInFinally(4), 3)), await(WG, 9)));
    List<Finding> f = Analyzer.analyze(file(method("m", block(newWg(1), add(WG, Count.of(2), 2),
        forEach(Count.of(3), go(doneInFinally(4), 3)), await(WG, 9)))));
    assertEquals(1, f.size(), f::toString);
    assertEquals(6, f.get(0).pos().line(), "more done than added: at the done");
  }

  @Test
  void symbolicMismatchIsNotProvableAndStaysSilent() {
    assertEquals(List.of(), found(newWg(1), add(WG, URLS, 2),
        forEach(Count.of(3), go(doneInFinally(4), 3)), await(WG, 9)));
    assertEquals(List.of(), found(newWg(1), add(WG, Count.UNKNOWN, 2),
        forEach(URLS, go(doneInFinally(4), 3)), await(WG, 9)));
  }

  @Test
  void doneNotInFinallyIsReportedAtTheAdd() {
    List<Finding> f = Analyzer.analyze(file(method("m", block(newWg(1), add(WG, URLS, 2),
        forEach(URLS, go(doneNotInFinally(4), 3)), await(WG, 9)))));
    assertEquals(1, f.size(), f::toString);
    assertEquals("UnbalancedWaitGroup", f.get(0).ruleId());
    assertEquals(2, f.get(0).pos().line());
    assertTrue(f.get(0).message().contains("skipped if fetch() throws"), f.get(0).message());
  }

  @Test
  void taskReturningEarlyBeforeDoneIsReportedAtTheAddInTheLoop() {
    MethodModel early = lambda(4, block(ifThen(unknown(), ret(5)), call("put", 6), done(WG, 7)));
    List<Finding> f = Analyzer.analyze(file(method("m", block(newWg(1),
        forEach(URLS, block(add(WG, Count.of(1), 3), go(early, 4))), await(WG, 9)))));
    assertEquals(1, f.size(), f::toString);
    assertEquals(3, f.get(0).pos().line());
    assertTrue(f.get(0).message().contains("returns early"), f.get(0).message());
  }

  @Test
  void addEveryIterationButStartOnlySometimes() {
    assertEquals(List.of("UnbalancedWaitGroup@3"), found(newWg(1),
        forEach(URLS, block(add(WG, Count.of(1), 3), ifThen(unknown(), go(doneInFinally(5), 4)))),
        await(WG, 9)));
    assertEquals(List.of(), found(newWg(1),
        forEach(URLS, ifThen(unknown(), block(add(WG, Count.of(1), 3), go(doneInFinally(5), 4)))),
        await(WG, 9)));
  }

  @Test
  void waitGroupGoIsAlwaysBalanced() {
    assertEquals(List.of(), found(newWg(1),
        forEach(URLS, start(Event.StartKind.WAIT_GROUP_GO, lambda(3, call("fetch", 4)), WG, 3)),
        await(WG, 9)));
  }

  @Test
  void latchCountVersusCountDowns() {
    Stmt latch3 = newObj(LATCH, ObjKind.LATCH, Count.of(3), 1);
    MethodModel worker = lambda(3, tryFinally(call("work", 4), countDown(LATCH, 5)));
    assertEquals(List.of("UnbalancedWaitGroup@1"), found(latch3, go(worker, 2), go(worker, 3),
        ev(new Event.CounterAwait(LATCH, ObjKind.LATCH, at(9)))));
    assertEquals(List.of(), found(latch3, forEach(Count.of(3), go(worker, 2)),
        ev(new Event.CounterAwait(LATCH, ObjKind.LATCH, at(9)))));
  }

  @Test
  void escapingOrUnknownCountersAreSilent() {
    assertEquals(List.of(), found(newWg(1), add(WG, Count.of(1), 2), call("register", 3, WG), await(WG, 4)));
    assertEquals(List.of(), found(newWg(1), add(WG, Count.of(1), 2), escape(WG, 3)));
    assertEquals(List.of(), found(newWg(1), add(WG, Count.of(1), 2),
        ev(new Event.Start(Event.StartKind.EXECUTOR, null, Ref.UNKNOWN, Ref.UNKNOWN, at(3)))));
  }

  @Test
  void addInsideTheTaskItCounts() {
    MethodModel racy = lambda(3, block(add(WG, Count.of(1), 4), tryFinally(call("work", 5), done(WG, 6))));
    assertEquals(List.of("WaitGroupAddInTask@4"),
        found(newWg(1), forEach(URLS, go(racy, 3)), await(WG, 9)));
    // counted before the start: a task adding for its children is fine
    MethodModel parent = lambda(3, block(add(WG, Count.of(1), 4), go(doneInFinally(5), 5),
        tryFinally(call("work", 7), done(WG, 8))));
    assertEquals(List.of(), found(newWg(1), add(WG, Count.of(1), 2), go(parent, 3), await(WG, 9)));
    // not awaited by the starter: not this rule
    assertEquals(List.of(), found(newWg(1), go(racy, 3)));
  }

  @Test
  void lostCancel() {
    Stmt create = newObj(CTX, ObjKind.CONTEXT, Count.UNKNOWN, 1);
    assertEquals(List.of("LostCancel@1"), found(create, call("use", 2),
        ifThen(unknown(), cancel(CTX, 3))));
    // passed to a method: handed on (it may cancel or keep it)
    assertEquals(List.of(), found(create, call("use", 2, CTX)));
    // an exception before the cancel
    List<Finding> f = Analyzer.analyze(file(method("m", block(create, call("t.C#price", 2), cancel(CTX, 3)))));
    assertEquals(1, f.size(), f::toString);
    assertTrue(f.get(0).message().contains("if price() throws"), f.get(0).message());
    assertEquals(List.of(), found(create, tryFinally(call("use", 2, CTX), cancel(CTX, 3))));
    assertEquals(List.of(), found(create, escape(CTX, 2)));
    assertEquals(List.of(), found(create, go(lambda(2, block(call("work", 3), cancel(CTX, 4))), 2)));
    assertEquals(List.of("LostCancel@1"), found(create, go(lambda(2, call("work", 3, CTX)), 2)));
  }

  @Test
  void lostCancelWithTryWithResourcesIsClean() {
    Stmt.Resource r = resource(newObj(CTX, ObjKind.CONTEXT, Count.UNKNOWN, 1),
        new Event.Cancel(CTX, ObjKind.CONTEXT, at(1)));
    assertEquals(List.of(), found(tryWith(List.of(r), block(call("use", 2, CTX), ifThen(unknown(), ret(3))))));
  }

  @Test
  void channelClosedTwiceOrSentAfterClose() {
    assertEquals(List.of("ChannelCloseMisuse@3"), found(send(CH, 1), close(CH, 2),
        ifThen(unknown(), close(CH, 3))));
    assertEquals(List.of("ChannelCloseMisuse@3"), found(close(CH, 2), send(CH, 3)));
    assertEquals(List.of(), found(send(CH, 1), close(CH, 2)));
    Event.Select sel = new Event.Select(List.of(new Event.SelectCase(true, CH, Stmt.EMPTY, at(4))),
        true, false, Stmt.EMPTY, at(3));
    assertEquals(List.of("ChannelCloseMisuse@4"), found(close(CH, 2), ev(sel)));
  }

  @Test
  void newChannelInLoopIsAFreshObject() {
    assertEquals(List.of(), found(whileLoop(unknown(),
        block(newObj(CH, ObjKind.CHANNEL, Count.of(0), 1), send(CH, 2), close(CH, 3)))));
    Ref.Local other = local("other");
    assertEquals(List.of("ChannelCloseMisuse@4"), found(bind(other, CH, 1), close(CH, 2),
        call("x", 3), close(other, 4)));
  }
}
