package dev.gosafe.checker.analysis.interleave;

import static dev.gosafe.checker.analysis.interleave.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explorer and the cross-task rules on hand-built models. */
class InterleavingAnalysisTest {
  private static final Ref.Local CH = local("ch");
  private static final Ref.Local DONE = local("done");
  private static final Ref.Local WG = local("wg");
  private static final Ref.Local MU = local("mu");

  private static List<String> found(FileModel f) {
    List<String> out = new ArrayList<>();
    for (Finding x : InterleavingAnalysis.analyze(f)) {
      out.add(x.ruleId() + "@" + x.pos().line());
    }
    return out;
  }

  // ---------------------------------------------------------------- LeakedTask

  @Test
  void timeoutInParentLeaksTheUnbufferedSender() {
    FileModel f = file(method("fetch",
        chan(CH, 0, 2),
        go(3, send(CH, 4)),
        selectRecvOrTimeout(CH, 6)));
    List<Finding> all = InterleavingAnalysis.analyze(f);
    assertEquals(List.of("LeakedTask@3"), found(f));
    Finding leak = all.get(0);
    assertTrue(leak.message().contains("ch.send()"), leak.message());
    assertTrue(leak.message().contains("buffer of 1"), leak.message());
    assertTrue(leak.message().contains("timeout"), leak.message());
    assertFalse(leak.flow().isEmpty());
    assertEquals("fetch()", leak.methodSignature());
  }

  @Test
  void bufferOfOneFixesTheTimeoutLeak() {
    FileModel f = file(method("fetch",
        chan(CH, 1, 2),
        go(3, send(CH, 4)),
        selectRecvOrTimeout(CH, 6)));
    assertEquals(List.of(), found(f));
  }

  @Test
  void earlyReturnLeaksTheSender() {
    FileModel f = file(method("load",
        chan(CH, 0, 2),
        go(3, send(CH, 4)),
        ifUnknown(6, ret(7), Stmt.EMPTY),
        recv(CH, 9)));
    assertEquals(List.of("LeakedTask@3"), found(f));
  }

  @Test
  void taskRangingOverAChannelNobodyClosesLeaks() {
    FileModel f = file(method("consume",
        chan(CH, 4, 2),
        go(3, range(CH, 4)),
        send(CH, 6),
        send(CH, 7)));
    assertEquals(List.of("LeakedTask@3"), found(f));
  }

  @Test
  void closingAfterTheSendsEndsTheRange() {
    Ref.Local t = local("t");
    FileModel f = file(method("consume",
        chan(CH, 4, 2),
        goHandle(t, 3, range(CH, 4)),
        send(CH, 6),
        send(CH, 7),
        close(CH, 8),
        join(t, 9)));
    assertEquals(List.of(), found(f));
  }

  // ---------------------------------------------------------------- ChannelDeadlock

  @Test
  void unbufferedSendWithoutReceiverDeadlocks() {
    FileModel f = file(method("main", chan(CH, 0, 2), send(CH, 3), recv(CH, 4)));
    List<Finding> all = InterleavingAnalysis.analyze(f);
    assertEquals(List.of("ChannelDeadlock@3"), found(f));
    assertTrue(all.get(0).message().contains("unbuffered"), all.get(0).message());
  }

  @Test
  void bufferedChannelFilledPastCapacityDeadlocks() {
    FileModel f = file(method("main", chan(CH, 1, 2), send(CH, 3), send(CH, 4), recv(CH, 5)));
    assertEquals(List.of("ChannelDeadlock@4"), found(f));
  }

  @Test
  void rangeOverAChannelNobodyClosesDeadlocksTheMethod() {
    FileModel f = file(method("collect",
        chan(CH, 0, 2),
        go(3, loop(Count.of(3), 4, send(CH, 5))),
        range(CH, 7)));
    assertEquals(List.of("ChannelDeadlock@7"), found(f));
  }

  @Test
  void senderThatClosesLetsTheRangeEnd() {
    FileModel f = file(method("collect",
        chan(CH, 0, 2),
        go(3, loop(Count.of(3), 4, send(CH, 5)), close(CH, 6)),
        range(CH, 8)));
    assertEquals(List.of(), found(f));
  }

  @Test
  void waitGroupAwaitedBeforeReceivingIsAWaitCycle() {
    FileModel f = file(method("gather",
        chan(CH, 0, 2),
        newObj(WG, ObjKind.WAIT_GROUP, 0, 3),
        wgGo(WG, 4, send(CH, 5)),
        await(WG, 7),
        recv(CH, 8)));
    List<Finding> all = InterleavingAnalysis.analyze(f);
    assertEquals(List.of("ChannelDeadlock@5"), found(f));
    assertTrue(all.get(0).message().contains("wg.await()"), all.get(0).message());
  }

  @Test
  void receivingBeforeAwaitingIsFine() {
    FileModel f = file(method("gather",
        chan(CH, 0, 2),
        newObj(WG, ObjKind.WAIT_GROUP, 0, 3),
        wgGo(WG, 4, send(CH, 5)),
        recv(CH, 7),
        await(WG, 8)));
    assertEquals(List.of(), found(f));
  }

  @Test
  void sendUnderAMutexTheReceiverNeedsIsAWaitCycle() {
    FileModel f = file(method("update",
        chan(CH, 0, 2),
        newObj(MU, ObjKind.MUTEX, 0, 3),
        go(4, lock(MU, 5), recv(CH, 6), unlock(MU, 7)),
        lock(MU, 9),
        send(CH, 10),
        unlock(MU, 11)));
    List<Finding> all = InterleavingAnalysis.analyze(f);
    assertTrue(found(f).contains("ChannelDeadlock@10"), found(f).toString());
    Finding d = all.stream().filter(x -> x.pos().line() == 10).findFirst().orElseThrow();
    assertTrue(d.message().contains("Release mu"), d.message());
  }

  @Test
  void selectWhoseCasesCanNeverBeReadyDeadlocks() {
    FileModel f = file(method("wait",
        chan(CH, 0, 2),
        chan(DONE, 0, 3),
        selectCases(4, false,
            new Event.SelectCase(false, CH, Stmt.EMPTY, at(5)),
            new Event.SelectCase(false, DONE, Stmt.EMPTY, at(6)))));
    assertEquals(List.of("ChannelDeadlock@4"), found(f));
  }

  @Test
  void selectWithDefaultNeverBlocks() {
    FileModel f = file(method("poll",
        chan(CH, 0, 2),
        selectCases(4, true, new Event.SelectCase(false, CH, Stmt.EMPTY, at(5)))));
    assertEquals(List.of(), found(f));
  }

  @Test
  void joinedSenderAndReceiverAreFine() {
    Ref.Local t = local("t");
    FileModel f = file(method("pipe",
        chan(CH, 0, 2),
        goHandle(t, 3, send(CH, 4)),
        recv(CH, 6),
        join(t, 7)));
    assertEquals(List.of(), found(f));
  }

  // ---------------------------------------------------------------- precision

  @Test
  void escapingChannelIsNotJudged() {
    FileModel f = file(method("leakish",
        chan(CH, 0, 2),
        escape(CH, 3),
        go(4, send(CH, 5))));
    assertEquals(List.of(), found(f));
  }

  @Test
  void channelPassedToAnUnknownCallIsNotJudged() {
    FileModel f = file(method("handoff",
        chan(CH, 0, 2),
        run(new Event.Call("Other#consume", List.of(CH), false, at(3))),
        send(CH, 4)));
    assertEquals(List.of(), found(f));
  }

  @Test
  void loopWithUnknownTripCountMakesItsChannelsSilent() {
    FileModel f = file(method("drain",
        chan(CH, 0, 2),
        go(3, send(CH, 4), send(CH, 5)),
        loop(Count.UNKNOWN, 6, recv(CH, 7))));
    assertEquals(List.of(), found(f));
  }

  @Test
  void taskWithoutVisibleBodyIsNotSimulated() {
    FileModel f = file(method("spawn",
        chan(CH, 0, 2),
        run(new Event.Start(Event.StartKind.GO, null, Ref.UNKNOWN, Ref.UNKNOWN, at(3)))));
    assertEquals(List.of(), found(f));
  }

  // ---------------------------------------------------------------- ChannelCloseMisuse across tasks

  @Test
  void closeWhileAnotherTaskMaySendIsReportedAtTheSend() {
    FileModel f = file(method("stop",
        chan(CH, 1, 2),
        go(3, send(CH, 4)),
        close(CH, 6)));
    List<String> r = found(f);
    assertTrue(r.contains("ChannelCloseMisuse@4"), r.toString());
  }

  @Test
  void twoTasksClosingTheSameChannel() {
    Ref.Local t = local("t");
    FileModel f = file(method("shutdown",
        chan(DONE, 0, 2),
        goHandle(t, 3, close(DONE, 4)),
        close(DONE, 6),
        join(t, 7)));
    List<String> r = found(f);
    assertTrue(r.contains("ChannelCloseMisuse@4") || r.contains("ChannelCloseMisuse@6"),
        r.toString());
  }

  @Test
  void closeAfterJoiningTheSenderIsFine() {
    Ref.Local t = local("t");
    FileModel f = file(method("stop",
        chan(CH, 1, 2),
        goHandle(t, 3, send(CH, 4)),
        join(t, 5),
        close(CH, 6)));
    assertEquals(List.of(), found(f));
  }

  // ---------------------------------------------------------------- executors and threads

  @Test
  void executorNeverShutDownLeaks() {
    Ref.Local pool = local("pool");
    FileModel f = file(method("submitAll",
        newObj(pool, ObjKind.EXECUTOR, -1, 2),
        run(new Event.Start(Event.StartKind.EXECUTOR, lambda(3), Ref.UNKNOWN, pool, at(3)))));
    assertEquals(List.of("LeakedTask@2"), found(f));
  }

  @Test
  void executorShutDownIsFine() {
    Ref.Local pool = local("pool");
    FileModel f = file(method("submitAll",
        newObj(pool, ObjKind.EXECUTOR, -1, 2),
        run(new Event.Start(Event.StartKind.EXECUTOR, lambda(3), Ref.UNKNOWN, pool, at(3))),
        run(new Event.Cancel(pool, ObjKind.EXECUTOR, at(4)))));
    assertEquals(List.of(), found(f));
  }

  @Test
  void threadJoinedIsFineAndUnjoinedLeaks() {
    Ref.Local t = local("t");
    FileModel joined = file(method("work",
        run(new Event.Start(Event.StartKind.THREAD, lambda(2), t, Ref.UNKNOWN, at(3))),
        join(t, 4)));
    FileModel unjoined = file(method("work",
        run(new Event.Start(Event.StartKind.THREAD, lambda(2), t, Ref.UNKNOWN, at(3)))));
    assertEquals(List.of(), found(joined));
    assertEquals(List.of("LeakedTask@3"), found(unjoined));
  }

  @Test
  void threadKeptInAFieldIsHandedOn() {
    FileModel f = file(method("startWorker",
        run(new Event.Start(Event.StartKind.THREAD, lambda(2), field("worker"), Ref.UNKNOWN,
            at(3)))));
    assertEquals(List.of(), found(f));
  }

  @Test
  void deadlockFlowShowsWhereEveryOtherTaskWaits() {
    FileModel f = file(method("gather",
        chan(CH, 0, 2),
        newObj(WG, ObjKind.WAIT_GROUP, 0, 3),
        wgGo(WG, 4, send(CH, 5)),
        await(WG, 7),
        recv(CH, 8)));
    Finding d = InterleavingAnalysis.analyze(f).get(0);
    List<String> steps = d.flow().stream().map(s -> s.task() + "@" + s.pos().line() + " " + s.what())
        .toList();
    assertEquals(List.of("gather()@4 starts task@4", "gather()@7 waits here",
        "task@4@5 blocks forever"), steps);
  }

  // ---------------------------------------------------------------- LockOrderInversion

  @Test
  void oppositeOrdersInTwoMethodsAreReportedOnce() {
    Ref.Field a = field("accounts");
    Ref.Field b = field("audit");
    FileModel f = file(
        method("transfer", lock(a, 2), lock(b, 3), unlock(b, 4), unlock(a, 5)),
        method("report", lock(b, 8), lock(a, 9), unlock(a, 10), unlock(b, 11)));
    List<Finding> all = InterleavingAnalysis.analyze(f);
    assertEquals(List.of("LockOrderInversion@9"), found(f));
    assertEquals("report()", all.get(0).methodSignature());
    assertTrue(all.get(0).message().contains("transfer()"), all.get(0).message());
    assertEquals(4, all.get(0).flow().size());
  }

  @Test
  void sameOrderEverywhereIsFine() {
    Ref.Field a = field("accounts");
    Ref.Field b = field("audit");
    FileModel f = file(
        method("transfer", lock(a, 2), lock(b, 3), unlock(b, 4), unlock(a, 5)),
        method("report", lock(a, 8), lock(b, 9), unlock(b, 10), unlock(a, 11)));
    assertEquals(List.of(), found(f));
  }

  @Test
  void inversionThroughACallToTheSameClass() {
    Ref.Field a = field("cache");
    Ref.Field b = field("store");
    FileModel f = file(
        method("put", lock(a, 2),
            run(new Event.Call(OWNER + "#flush", List.of(), true, at(3))), unlock(a, 4)),
        method("flush", lock(b, 7), unlock(b, 8)),
        method("evict", lock(b, 11), lock(a, 12), unlock(a, 13), unlock(b, 14)));
    assertEquals(List.of("LockOrderInversion@12"), found(f));
  }

  @Test
  void commonGateLockPreventsTheInversion() {
    Ref.Field g = field("gate");
    Ref.Field a = field("a");
    Ref.Field b = field("b");
    FileModel f = file(
        method("one", lock(g, 2), lock(a, 3), lock(b, 4), unlock(b, 5), unlock(a, 6),
            unlock(g, 7)),
        method("two", lock(g, 9), lock(b, 10), lock(a, 11), unlock(a, 12), unlock(b, 13),
            unlock(g, 14)));
    assertEquals(List.of(), found(f));
  }

  @Test
  void readersInBothOrdersDoNotDeadlock() {
    Ref.Field a = field("a");
    Ref.Field b = field("b");
    Stmt ra = run(new Event.Acquire(new Ref.Part(a, "read"), ObjKind.REENTRANT_RW_PART,
        Event.Mode.SHARED, at(3)));
    Stmt rb = run(new Event.Acquire(new Ref.Part(b, "read"), ObjKind.REENTRANT_RW_PART,
        Event.Mode.SHARED, at(4)));
    Stmt rb2 = run(new Event.Acquire(new Ref.Part(b, "read"), ObjKind.REENTRANT_RW_PART,
        Event.Mode.SHARED, at(8)));
    Stmt ra2 = run(new Event.Acquire(new Ref.Part(a, "read"), ObjKind.REENTRANT_RW_PART,
        Event.Mode.SHARED, at(9)));
    FileModel f = file(method("one", ra, rb), method("two", rb2, ra2));
    assertEquals(List.of(), found(f));
  }

  // ---------------------------------------------------------------- budget

  @Test
  void exceedingTheStateBudgetIsSilentAndCounted() {
    List<Stmt> body = new ArrayList<>();
    body.add(chan(CH, 2, 2));
    for (int i = 0; i < 5; i++) {
      body.add(go(10 + i, send(CH, 10 + i), send(CH, 10 + i)));
    }
    body.add(loop(Count.of(8), 20, recv(CH, 21)));
    body.add(loop(Count.of(3), 22, recv(CH, 23)));
    FileModel f = file(method("storm", body.toArray(Stmt[]::new)));
    long before = InterleaveStats.budgetExceeded();
    List<Finding> tight = InterleavingAnalysis.analyze(f, 50, 1_000);
    assertEquals(List.of(), tight);
    assertEquals(before + 1, InterleaveStats.budgetExceeded());
    // with the default budget the same model is explored to the end: 10 sends, 11 receives
    assertEquals(List.of("ChannelDeadlock@23"), found(f));
    assertTrue(InterleaveStats.maxStatesPerMethod() > 50, InterleaveStats.summary());
  }

  @Test
  void tooManyTasksIsSilent() {
    List<Stmt> body = new ArrayList<>();
    body.add(chan(CH, 0, 2));
    body.add(loop(Count.of(8), 3, go(4, send(CH, 5))));
    body.add(go(6, send(CH, 7)));
    FileModel f = file(method("fanout", body.toArray(Stmt[]::new)));
    long before = InterleaveStats.budgetExceeded();
    assertEquals(List.of(), InterleavingAnalysis.analyze(f));
    assertEquals(before + 1, InterleaveStats.budgetExceeded());
  }

  @Test
  void unrolledConstantLoopMatchesSendsAndReceives() {
    FileModel f = file(method("batch",
        chan(CH, 0, 2),
        go(3, loop(Count.of(3), 4, send(CH, 5))),
        loop(Count.of(3), 7, recv(CH, 8))));
    assertEquals(List.of(), found(f));
    FileModel off = file(method("batch",
        chan(CH, 0, 2),
        go(3, loop(Count.of(3), 4, send(CH, 5))),
        loop(Count.of(2), 7, recv(CH, 8))));
    assertEquals(List.of("LeakedTask@3"), found(off));
  }
}
