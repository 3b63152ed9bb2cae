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
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockRulesTest {
  static final Ref.Local MU = local("mu");
  static final Ref.Field FMU = field("mu");
  static final Ref.Local CH = local("ch");

  /** "Rule@line" for every finding of the method. */
  static List<String> found(MethodModel m) {
    return Analyzer.analyze(file(m)).stream().map(f -> f.ruleId() + "@" + f.pos().line()).toList();
  }

  static List<String> found(Stmt... body) {
    return found(method("m", block(body)));
  }

  static Finding only(Stmt... body) {
    List<Finding> f = Analyzer.analyze(file(method("m", block(body))));
    assertEquals(1, f.size(), f::toString);
    return f.get(0);
  }

  @Test
  void lockBeforeTryWithUnlockInFinallyIsClean() {
    assertEquals(List.of(), found(lock(FMU, 1), tryFinally(call("save", 2), unlock(FMU, 3))));
    assertEquals(List.of(), found(newObj(MU, ObjKind.MUTEX, Count.of(0), 1), lock(MU, 2),
        tryFinally(call("save", 3), unlock(MU, 4))));
  }

  @Test
  void unlockOnlyOnNormalPathNamesTheThrowingCall() {
    Finding f = only(lock(FMU, 1), call("t.C#save", 2), unlock(FMU, 3));
    assertEquals("LockNotReleased", f.ruleId());
    assertEquals(1, f.pos().line());
    assertTrue(f.message().startsWith("mu stays locked if save() throws"), f.message());
    assertEquals("m()", f.methodSignature());
  }

  @Test
  void earlyReturnAndThrowBetweenLockAndUnlock() {
    assertEquals(List.of("LockNotReleased@1"),
        found(lock(FMU, 1), ifThen(unknown(), ret(2)), unlock(FMU, 3)));
    assertEquals(List.of("LockNotReleased@1"),
        found(lock(FMU, 1), ifThen(unknown(), thr(2)), unlock(FMU, 3)));
    assertEquals(List.of(), found(lock(FMU, 1),
        tryFinally(block(ifThen(unknown(), ret(2)), ifThen(unknown(), thr(3))), unlock(FMU, 4))));
  }

  @Test
  void cleanupCallBeforeUnlockInFinallyIsNotALeak() {
    // finally { detach(); lock.unlock(); } (JDK DelayQueue, ArrayBlockingQueue.Itr)
    assertEquals(List.of(), found(lock(FMU, 1),
        tryFinally(call("t.C#save", 2), block(call("t.C#detach", 3), unlock(FMU, 4)))));
    assertEquals(List.of(), found(newObj(MU, ObjKind.MUTEX, Count.of(0), 1), lock(MU, 2),
        tryFinally(call("save", 3), block(call("signal", 4), unlock(MU, 5)))));
    // the same call outside the finally is still judged
    assertEquals(List.of("LockNotReleased@1"),
        found(lock(FMU, 1), call("t.C#detach", 2), unlock(FMU, 3)));
  }

  @Test
  void helperThatDropsAndRetakesTheCallersLockIsClean() {
    // PriorityBlockingQueue.tryGrow: "call only while holding lock"
    MethodModel grow = new MethodModel("grow", OWNER, "grow()", at(10), List.of(),
        block(unlock(FMU, 11), call("alloc", 12), lock(FMU, 13)), Set.of(), false, false);
    assertEquals(List.of(), found(grow));
    // ... but a second release is still a double unlock
    assertEquals(List.of("UnlockWithoutLock@12"), found(method("g", block(unlock(FMU, 11),
        unlock(FMU, 12), lock(FMU, 13)))));
    // and a conditional lock followed by an unconditional unlock is still reported
    assertEquals(List.of("UnlockWithoutLock@2"),
        found(ifThen(unknown(), lock(FMU, 1)), unlock(FMU, 2)));
  }

  @Test
  void enterIfReturnsHoldingTheLockWhenItsFlagSaysSo() {
    // Guava Monitor.enterIf: lock(); ok = false; try { return ok = test(); } finally { if (!ok) unlock(); }
    Ref.Local ok = local("ok");
    assertEquals(List.of(), found(lock(FMU, 1), assign(ok, dev.gosafe.checker.model.Cond.FALSE, 2),
        tryFinally(block(assign(ok, unknown(), 3), ret(3)), ifThen(not(var(ok)), unlock(FMU, 4)))));
    // an exception on the way is still a leak when the flag is set
    assertEquals(List.of("LockNotReleased@1"), found(lock(FMU, 1),
        assign(ok, dev.gosafe.checker.model.Cond.FALSE, 2),
        tryFinally(block(assign(ok, unknown(), 3), call("t.C#log", 4), ret(5)),
            ifThen(not(var(ok)), unlock(FMU, 6)))));
    // a local lock is never handed to the caller that way
    assertEquals(List.of("LockNotReleased@2"), found(newObj(MU, ObjKind.MUTEX, Count.of(0), 1),
        lock(MU, 2), assign(ok, unknown(), 3), ifThen(not(var(ok)), unlock(MU, 4))));
  }

  @Test
  void callToSameClassHelperThatReleasesTheLockMakesItsHoldUnknown() {
    // offer(): lock(); while (full) grow(); try { ... } finally { unlock(); }
    MethodModel grow = new MethodModel("grow", OWNER, "grow()", at(10), List.of(),
        block(unlock(FMU, 11), call("alloc", 12), lock(FMU, 13)), Set.of(), false, false);
    MethodModel offer = method("offer", block(lock(FMU, 1),
        whileLoop(unknown(), ev(new Event.Call(OWNER + "#grow()", List.of(), true, at(2)))),
        tryFinally(call("t.C#put", 3), unlock(FMU, 4))));
    assertEquals(List.of(), Analyzer.analyze(file(offer, grow)).stream()
        .map(f -> f.ruleId() + "@" + f.pos().line()).toList());
    // a same-class call that does not touch the lock is still a way to leak it
    MethodModel save = new MethodModel("save", OWNER, "save()", at(10), List.of(),
        block(call("io", 11)), Set.of(), false, false);
    MethodModel put = method("put", block(lock(FMU, 1),
        ev(new Event.Call(OWNER + "#save()", List.of(), true, at(2))), unlock(FMU, 3)));
    assertEquals(List.of("LockNotReleased@1"), Analyzer.analyze(file(put, save)).stream()
        .map(f -> f.ruleId() + "@" + f.pos().line()).toList());
  }

  @Test
  void fieldLockNeverReleasedIsADeliberateDesignButLocalIsNot() {
    assertEquals(List.of(), found(lock(FMU, 1), call("x", 2)));
    assertEquals(List.of("LockNotReleased@2"),
        found(newObj(MU, ObjKind.MUTEX, Count.of(0), 1), lock(MU, 2), call("x", 3)));
  }

  @Test
  void lockContractAndMonitorsAreExempt() {
    assertEquals(List.of(), found(method("m", Set.of("EnsuresLockHeld"),
        block(lock(FMU, 1), call("x", 2), unlock(FMU, 3)))));
    assertEquals(List.of(), found(Stmt.synchronizedBlock(FMU, call("x", 2), at(1))));
  }

  @Test
  void lockInsideTryIsUnlockWithoutLock() {
    assertEquals(List.of("UnlockWithoutLock@3"),
        found(tryFinally(block(lock(FMU, 1), call("x", 2)), unlock(FMU, 3))));
  }

  @Test
  void doubleUnlockAndUnlockAfterFailedTryLock() {
    assertEquals(List.of("UnlockWithoutLock@4"),
        found(lock(FMU, 1), tryFinally(call("x", 2), unlock(FMU, 3)), unlock(FMU, 4)));
    assertEquals(List.of("UnlockWithoutLock@3"),
        found(ifThen(not(tryLock(FMU, 1)), call("log", 2)), unlock(FMU, 3)));
  }

  @Test
  void tryLockHonouredOnBothBranches() {
    assertEquals(List.of(), found(ifElse(tryLock(FMU, 1),
        tryFinally(call("x", 2), unlock(FMU, 3)), call("busy", 4))));
    assertEquals(List.of("LockNotReleased@1"),
        found(ifThen(tryLock(FMU, 1), block(call("x", 2), unlock(FMU, 3)))));
  }

  @Test
  void booleanFlagRemembersTheTryLockResult() {
    Ref.Local locked = local("locked");
    assertEquals(List.of(), found(assign(locked, tryLock(FMU, 1), 1),
        tryFinally(call("x", 2), ifThen(var(locked), unlock(FMU, 3)))));
    assertEquals(List.of("LockNotReleased@1", "UnlockWithoutLock@3"), found(assign(locked, tryLock(FMU, 1), 1),
        tryFinally(call("x", 2), ifThen(not(var(locked)), unlock(FMU, 3)))));
  }

  @Test
  void unlockHelperAloneAndUncorrelatedConditionsStaySilent() {
    assertEquals(List.of(), found(unlock(FMU, 1)));
    // a conditional lock with an unconditional unlock
    assertEquals(List.of("UnlockWithoutLock@3"), found(ifThen(unknown(), lock(FMU, 1)),
        tryFinally(call("x", 2), unlock(FMU, 3))));
    // the same boolean local on both: correlated, clean
    Ref.Local c = local("c");
    assertEquals(List.of(), found(ifThen(var(c), lock(FMU, 1)),
        tryFinally(call("x", 2), ifThen(var(c), unlock(FMU, 3)))));
  }

  @Test
  void tryWithResourcesOnLockedHandleIsClean() {
    Stmt.Resource r = resource(lock(FMU, 1),
        new Event.Release(FMU, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(1)));
    assertEquals(List.of(), found(tryWith(List.of(r), block(call("x", 2), send(CH, 3)))
        .equals(null) ? Stmt.EMPTY : tryWith(List.of(r), call("x", 2))));
  }

  @Test
  void aliasViaBindIsTheSameLock() {
    Ref.Local l = local("l");
    assertEquals(List.of(), found(bind(l, FMU, 1), lock(l, 2), tryFinally(call("x", 3), unlock(FMU, 4))));
    assertEquals(List.of("UnlockWithoutLock@5"), found(bind(l, FMU, 1), lock(l, 2),
        tryFinally(call("x", 3), unlock(FMU, 4)), unlock(l, 5)));
  }

  @Test
  void lockPassedToUnknownCallIsUnknown() {
    assertEquals(List.of(), found(newObj(MU, ObjKind.MUTEX, Count.of(0), 1), lock(MU, 2),
        call("releaseLater", 3, MU)));
  }

  @Test
  void locksInLoops() {
    assertEquals(List.of(), found(whileLoop(unknown(),
        block(lock(FMU, 1), tryFinally(call("x", 2), unlock(FMU, 3))))));
    assertEquals(List.of("DoubleLock@1", "LockNotReleased@1", "UnlockWithoutLock@5"),
        found(whileLoop(unknown(), block(lock(FMU, 1), call("x", 2))), unlock(FMU, 5)));
  }

  @Test
  void doubleLockOnlyForNonReentrantKinds() {
    assertEquals(List.of("DoubleLock@2"), found(lock(FMU, 1), lock(FMU, 2),
        tryFinally(call("x", 3), block(unlock(FMU, 4), unlock(FMU, 5)))).stream()
        .filter(s -> s.startsWith("Double")).toList());
    assertEquals(List.of(), found(
        lock(FMU, ObjKind.REENTRANT_LOCK, Event.Mode.EXCLUSIVE, 1),
        lock(FMU, ObjKind.REENTRANT_LOCK, Event.Mode.EXCLUSIVE, 2),
        tryFinally(call("x", 3), block(
            unlock(FMU, ObjKind.REENTRANT_LOCK, Event.Mode.EXCLUSIVE, 4),
            unlock(FMU, ObjKind.REENTRANT_LOCK, Event.Mode.EXCLUSIVE, 5)))).stream()
        .filter(s -> s.startsWith("Double")).toList());
  }

  @Test
  void readLockReleasedAsWriteLock() {
    Ref.Field rw = field("rw");
    Ref read = new Ref.Part(rw, "read");
    Ref write = new Ref.Part(rw, "write");
    assertEquals(List.of("LockNotReleased@1", "UnlockWithoutLock@3"), found(
        lock(read, ObjKind.REENTRANT_RW_PART, Event.Mode.SHARED, 1),
        tryFinally(call("x", 2), unlock(write, ObjKind.REENTRANT_RW_PART, Event.Mode.EXCLUSIVE, 3))));
  }

  @Test
  void readToWriteUpgrade() {
    Ref.Field rw = field("rw");
    assertEquals(List.of("DoubleLock@2"), found(
        lock(rw, ObjKind.RW_MUTEX, Event.Mode.SHARED, 1),
        tryFinally(block(lock(rw, ObjKind.RW_MUTEX, Event.Mode.EXCLUSIVE, 2),
            unlock(rw, ObjKind.RW_MUTEX, Event.Mode.EXCLUSIVE, 3)),
            unlock(rw, ObjKind.RW_MUTEX, Event.Mode.SHARED, 4))));
    Ref read = new Ref.Part(rw, "read");
    Ref write = new Ref.Part(rw, "write");
    assertEquals(List.of("DoubleLock@2"), found(
        lock(read, ObjKind.REENTRANT_RW_PART, Event.Mode.SHARED, 1),
        tryFinally(block(lock(write, ObjKind.REENTRANT_RW_PART, Event.Mode.EXCLUSIVE, 2),
            unlock(write, ObjKind.REENTRANT_RW_PART, Event.Mode.EXCLUSIVE, 3)),
            unlock(read, ObjKind.REENTRANT_RW_PART, Event.Mode.SHARED, 4))));
    // release the read lock first: clean
    assertEquals(List.of(), found(
        lock(read, ObjKind.REENTRANT_RW_PART, Event.Mode.SHARED, 1),
        unlock(read, ObjKind.REENTRANT_RW_PART, Event.Mode.SHARED, 2),
        lock(write, ObjKind.REENTRANT_RW_PART, Event.Mode.EXCLUSIVE, 3),
        tryFinally(call("x", 4), unlock(write, ObjKind.REENTRANT_RW_PART, Event.Mode.EXCLUSIVE, 5))));
  }

  @Test
  void blockingUnderLock() {
    assertEquals(List.of("BlockingUnderLock@2"),
        found(lock(FMU, 1), tryFinally(send(CH, 2), unlock(FMU, 3))));
    assertEquals(List.of(), found(lock(FMU, 1), tryFinally(call("x", 2), unlock(FMU, 3)), send(CH, 4)));
    Event.Select withDefault = new Event.Select(List.of(new Event.SelectCase(true, CH, Stmt.EMPTY, at(2))),
        true, false, Stmt.EMPTY, at(2));
    assertEquals(List.of(), found(lock(FMU, 1), tryFinally(ev(withDefault), unlock(FMU, 3))));
    assertEquals(List.of("BlockingUnderLock@2"), found(lock(FMU, 1),
        tryFinally(new Stmt.Range(CH, ObjKind.CHANNEL, call("x", 3), null, at(2)), unlock(FMU, 4))));
  }

  @Test
  void blockingUnderMonitorOnlyForSleep() {
    assertEquals(List.of(), found(Stmt.synchronizedBlock(FMU, send(CH, 2), at(1))));
    assertEquals(List.of("BlockingUnderLock@2"), found(Stmt.synchronizedBlock(FMU, sleep(2), at(1))));
  }

  @Test
  void lambdaBodiesAreAnalysedAndAttributedToTheEnclosingMethod() {
    MethodModel body = lambda(2, block(lock(FMU, 3), call("x", 4), unlock(FMU, 5)));
    List<Finding> f = Analyzer.analyze(file(method("run", block(go(body, 2)))));
    assertEquals(1, f.size(), f::toString);
    assertEquals("LockNotReleased", f.get(0).ruleId());
    assertEquals("run()", f.get(0).methodSignature());
    assertEquals(3, f.get(0).pos().line());
  }

  @Test
  void positionsAreNeverDuplicated() {
    List<String> f = found(lock(FMU, 1), ifElse(unknown(), call("a", 2), call("b", 3)), unlock(FMU, 4));
    assertEquals(List.of("LockNotReleased@1"), f);
  }

  @Test
  void unknownObjectsAreIgnored() {
    assertEquals(List.of(), found(lock(Ref.UNKNOWN, 1), call("x", 2)));
    assertEquals(List.of(), found(lock(new Ref.Field("t.D", "mu", false), 1), call("x", 2)));
  }

  @Test
  void positionOfAFindingIsKnown() {
    assertTrue(only(lock(FMU, 1), call("x", 2), unlock(FMU, 3)).pos() != SourcePos.NONE);
  }
}
