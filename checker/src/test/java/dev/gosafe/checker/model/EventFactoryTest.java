package dev.gosafe.checker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.model.CallRole.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFactoryTest {
  private static final SourcePos POS = new SourcePos(3, 5, 40);
  private static final Ref.Local MU = new Ref.Local("mu", 10);
  private static final Ref.Local T = new Ref.Local("t", 20);
  private static final MethodModel BODY = new MethodModel("lambda$3", "T", "run()/lambda@40", POS,
      List.of(), Stmt.EMPTY, Set.of(), true, false);

  private static EventFactory.Site site(Ref receiver, List<Count> counts, List<MethodModel> bodies,
      Ref result) {
    return new EventFactory.Site(receiver, counts, bodies, null, result, POS);
  }

  @Test
  void acquireAndItsHandleRelease() {
    CallRole locked = CallRole.lock(Role.ACQUIRE_HANDLE, ObjKind.MUTEX, Event.Mode.EXCLUSIVE);
    var s = site(MU, List.of(), List.of(), null);
    assertEquals(List.of(new Event.Acquire(MU, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, POS)),
        EventFactory.events(locked, s));
    assertEquals(List.of(new Event.Release(MU, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, POS)),
        EventFactory.closeEvents(locked, s));
  }

  @Test
  void tryAcquireIsAConditionAndAnIfAsAStatement() {
    CallRole tryLock = CallRole.lock(Role.TRY_ACQUIRE, ObjKind.REENTRANT_LOCK, Event.Mode.EXCLUSIVE);
    var s = site(MU, List.of(), List.of(), Ref.UNKNOWN);
    Cond c = EventFactory.cond(tryLock, s);
    assertEquals(new Cond.TryAcquire(MU, ObjKind.REENTRANT_LOCK, Event.Mode.EXCLUSIVE, POS), c);
    assertEquals(List.of(new Stmt.If(c, Stmt.EMPTY, Stmt.EMPTY, POS)), EventFactory.stmts(tryLock, s));
    assertTrue(EventFactory.events(tryLock, s).isEmpty());
  }

  @Test
  void readPartsOfAReadWriteLockAreShared() {
    Ref.Field rw = new Ref.Field("T", "rw", true);
    CallRole part = CallRole.lock(Role.LOCK_PART, ObjKind.REENTRANT_RW_PART, Event.Mode.SHARED);
    Ref read = EventFactory.value(part, site(rw, List.of(), List.of(), null));
    assertEquals(new Ref.Part(rw, "read"), read);
    CallRole lock = CallRole.lock(Role.ACQUIRE, ObjKind.REENTRANT_LOCK, Event.Mode.EXCLUSIVE);
    Event.Acquire a = (Event.Acquire) EventFactory.events(lock, site(read, List.of(), List.of(), null)).get(0);
    assertEquals(Event.Mode.SHARED, a.mode());
    assertEquals(ObjKind.REENTRANT_RW_PART, a.kind());
  }

  @Test
  void newTargetsTheLocalOrAnAllocation() {
    CallRole latch = CallRole.counted(Role.NEW, ObjKind.LATCH, 0, 0);
    Event.New bound = (Event.New) EventFactory.events(latch,
        site(Ref.UNKNOWN, List.of(Count.of(3)), java.util.Arrays.asList((MethodModel) null), T)).get(0);
    assertEquals(T, bound.target());
    assertEquals(Count.of(3), bound.initial());
    Event.New used = (Event.New) EventFactory.events(latch,
        site(Ref.UNKNOWN, List.of(Count.UNKNOWN), java.util.Arrays.asList((MethodModel) null), null)).get(0);
    assertEquals(new Ref.Alloc(40), used.target());
    assertEquals(Count.UNKNOWN, used.initial());
    CallRole ctx = CallRole.counted(Role.NEW, ObjKind.CONTEXT, -1, -1);
    assertEquals(List.of(new Event.Cancel(T, ObjKind.CONTEXT, POS)),
        EventFactory.closeEvents(ctx, site(Ref.UNKNOWN, List.of(), List.of(), T)));
  }

  @Test
  void startsCarryBodyHandleAndVia() {
    Ref.Local wg = new Ref.Local("wg", 5);
    List<MethodModel> bodies = new ArrayList<>();
    bodies.add(BODY);
    Event.Start s = (Event.Start) EventFactory.events(CallRole.start(Event.StartKind.WAIT_GROUP_GO, 0),
        site(wg, List.of(Count.UNKNOWN), bodies, Ref.UNKNOWN)).get(0);
    assertSame(BODY, s.body());
    assertEquals(wg, s.via());
    assertEquals(Ref.UNKNOWN, s.handle(), "discarded");
    Event.Start go = (Event.Start) EventFactory.events(CallRole.start(Event.StartKind.GO, 0),
        site(Ref.UNKNOWN, List.of(Count.UNKNOWN), bodies, T)).get(0);
    assertEquals(T, go.handle());
    assertEquals(Ref.UNKNOWN, go.via());
    CallRole threadNew = new CallRole(Role.NEW, ObjKind.TASK, Event.Mode.EXCLUSIVE, -1, -1,
        Event.StartKind.THREAD);
    var created = site(Ref.UNKNOWN, List.of(Count.UNKNOWN), bodies, T);
    assertTrue(EventFactory.events(threadNew, created).isEmpty());
    assertSame(BODY, EventFactory.threadBody(threadNew, created));
    var started = new EventFactory.Site(T, List.of(), List.of(), BODY, Ref.UNKNOWN, POS);
    Event.Start st = (Event.Start) EventFactory.events(CallRole.start(Event.StartKind.THREAD, -1), started).get(0);
    assertSame(BODY, st.body());
    assertEquals(T, st.handle());
  }

  @Test
  void selectFromItsArms() {
    Ref.Local ch = new Ref.Local("ch", 7);
    Stmt body = new Stmt.Do(new Event.Close(ch, POS));
    Event.Select sel = EventFactory.select(List.of(
        new EventFactory.SelectArm(Role.SELECT_RECV, ch, body, POS),
        new EventFactory.SelectArm(Role.SELECT_AFTER, null, Stmt.EMPTY, POS)), POS);
    assertEquals(List.of(new Event.SelectCase(false, ch, body, POS)), sel.cases());
    assertTrue(sel.hasTimeout());
    assertTrue(!sel.hasDefault());
    assertNull(EventFactory.threadBody(CallRole.of(Role.SELECT, ObjKind.CHANNEL),
        site(Ref.UNKNOWN, List.of(), List.of(), null)));
  }
}
