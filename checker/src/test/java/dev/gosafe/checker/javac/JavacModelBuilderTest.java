package dev.gosafe.checker.javac;

import static dev.gosafe.checker.javac.JavacModels.build;
import static dev.gosafe.checker.javac.JavacModels.events;
import static dev.gosafe.checker.javac.JavacModels.find;
import static dev.gosafe.checker.javac.JavacModels.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavacModelBuilderTest {

  private static final String HEADER = "import dev.gosafe.*;\nimport java.util.*;\n"
      + "import java.util.concurrent.*;\nimport java.util.concurrent.locks.*;\n";

  private static MethodModel m(String body, String name) {
    return method(build(HEADER + "class T {\n" + body + "\n  void work() {}\n}\n"), name);
  }

  @Test
  void lockThenTryFinallyUnlock() {
    MethodModel m = m("""
          void run() {
            Mutex mu = new Mutex();
            mu.lock();
            try { work(); } finally { mu.unlock(); }
          }""", "run");
    List<Event> ev = events(m.body());
    Event.New created = assertInstanceOf(Event.New.class, ev.get(0));
    Ref.Local mu = assertInstanceOf(Ref.Local.class, created.target());
    assertEquals("mu", mu.name());
    assertEquals(ObjKind.MUTEX, created.kind());
    Event.Acquire lock = assertInstanceOf(Event.Acquire.class, ev.get(1));
    assertEquals(mu, lock.lock());
    assertEquals(ObjKind.MUTEX, lock.kind());
    assertEquals(new SourcePos(8, 3, lock.pos().offset()), lock.pos());
    assertInstanceOf(Event.Call.class, ev.get(2));
    Event.Release unlock = assertInstanceOf(Event.Release.class, ev.get(3));
    assertEquals(mu, unlock.lock());
    Stmt.Try t = find(m.body(), Stmt.Try.class);
    assertNotNull(t);
    assertEquals(List.of(new Stmt.Do(unlock)), List.of(t.finallyBlock()).stream()
        .map(s -> s instanceof Stmt.Block b && b.stmts().size() == 1 ? b.stmts().get(0) : s).toList());
  }

  @Test
  void positionIsStartOfWholeCall() {
    String src = HEADER + "class T {\n  Mutex mu = new Mutex();\n  void run() {\n    this.mu.lock();\n  }\n}\n";
    MethodModel m = method(build(src), "run");
    Event.Acquire a = assertInstanceOf(Event.Acquire.class, events(m.body()).get(0));
    assertEquals(src.indexOf("this.mu.lock()"), a.pos().offset());
    assertEquals(8, a.pos().line());
    assertEquals(5, a.pos().column());
    assertEquals(new Ref.Field("T", "mu", true), a.lock());
  }

  @Test
  void lambdaStartedAsTaskSharesCapturedLocals() {
    MethodModel m = m("""
          void run() {
            WaitGroup wg = new WaitGroup();
            wg.add(3);
            for (int i = 0; i < 3; i++) {
              Go.go(() -> { try { work(); } finally { wg.done(); } });
            }
            wg.await();
          }""", "run");
    List<Event> ev = events(m.body());
    Ref wg = ((Event.New) ev.get(0)).target();
    Event.CounterAdd add = assertInstanceOf(Event.CounterAdd.class, ev.get(1));
    assertEquals(Count.of(3), add.delta());
    Stmt.Loop loop = find(m.body(), Stmt.Loop.class);
    assertEquals(Count.of(3), loop.trips());
    Event.Start start = (Event.Start) ev.stream().filter(e -> e instanceof Event.Start).findFirst().orElseThrow();
    assertEquals(Event.StartKind.GO, start.kind());
    assertEquals(Ref.UNKNOWN, start.handle());
    MethodModel body = start.body();
    assertTrue(body.isLambda());
    assertTrue(body.signature().startsWith("run()/lambda@"), body.signature());
    Event.CounterDone done = (Event.CounterDone) events(body.body()).stream()
        .filter(e -> e instanceof Event.CounterDone).findFirst().orElseThrow();
    assertEquals(wg, done.counter());
    assertInstanceOf(Event.CounterAwait.class, ev.get(ev.size() - 1));
  }

  @Test
  void symbolicCountsMatchForEachOverTheSameList() {
    MethodModel m = m("""
          void run(List<String> urls) {
            WaitGroup wg = new WaitGroup();
            wg.add(urls.size());
            for (String u : urls) {
              wg.go(() -> work());
            }
            wg.await();
          }""", "run");
    List<Event> ev = events(m.body());
    assertEquals("?#size(?)", ((Event.Call) ev.get(1)).callee());
    Event.CounterAdd add = assertInstanceOf(Event.CounterAdd.class, ev.get(2));
    Count.Sym sym = assertInstanceOf(Count.Sym.class, add.delta());
    assertTrue(sym.key().startsWith("size:urls#"), sym.key());
    assertEquals(sym, find(m.body(), Stmt.Loop.class).trips());
    Event.Start start = (Event.Start) ev.get(3);
    assertEquals(Event.StartKind.WAIT_GROUP_GO, start.kind());
    assertEquals(add.counter(), start.via());
  }

  @Test
  void countsOfEffectivelyFinalLocalsOnly() {
    MethodModel m = m("""
          void run(int n, int k) {
            k = k + 1;
            WaitGroup wg = new WaitGroup();
            wg.add(n);
            wg.add(k);
            for (int i = 0; i < n; i++) { wg.done(); }
            for (int i = 0; i < n; i++) { i++; wg.done(); }
          }""", "run");
    List<Event> ev = events(m.body());
    List<Event.CounterAdd> adds = ev.stream().filter(e -> e instanceof Event.CounterAdd)
        .map(e -> (Event.CounterAdd) e).toList();
    Count.Sym n = assertInstanceOf(Count.Sym.class, adds.get(0).delta());
    assertTrue(n.key().startsWith("var:n#"), n.key());
    assertEquals(Count.UNKNOWN, adds.get(1).delta());
    Stmt.Block blk = (Stmt.Block) m.body();
    List<Stmt.Loop> loops = blk.stmts().stream().map(s -> find(s, Stmt.Loop.class))
        .filter(java.util.Objects::nonNull).toList();
    assertEquals(n, loops.get(0).trips());
    assertEquals(Count.UNKNOWN, loops.get(1).trips());
  }

  @Test
  void tryWithResourcesOnLockedReleasesOnClose() {
    MethodModel m = m("""
          void run(Mutex mu) {
            try (var held = mu.locked()) {
              work();
            }
          }""", "run");
    Stmt.Try t = find(m.body(), Stmt.Try.class);
    assertEquals(1, t.resources().size());
    Stmt.Resource r = t.resources().get(0);
    Event.Acquire a = assertInstanceOf(Event.Acquire.class, events(r.init()).get(0));
    assertEquals(m.params().get(0), a.lock());
    Event.Release rel = assertInstanceOf(Event.Release.class, r.onClose().get(0));
    assertEquals(a.lock(), rel.lock());
  }

  @Test
  void tryWithResourcesOnContextCancelsOnClose() {
    MethodModel m = m("""
          void run(Context parent) {
            try (var ctx = Context.withCancel(parent)) {
              work();
            }
          }""", "run");
    Stmt.Resource r = find(m.body(), Stmt.Try.class).resources().get(0);
    Event.New n = assertInstanceOf(Event.New.class, events(r.init()).get(0));
    assertEquals(ObjKind.CONTEXT, n.kind());
    Event.Cancel c = assertInstanceOf(Event.Cancel.class, r.onClose().get(0));
    assertEquals(n.target(), c.target());
  }

  @Test
  void tryLockInConditionAndInBooleanLocal() {
    MethodModel m = m("""
          void run(ReentrantLock lock) {
            if (!lock.tryLock()) {
              return;
            }
            boolean ok = lock.tryLock();
            if (ok) { lock.unlock(); }
            lock.unlock();
          }""", "run");
    Stmt.If first = find(m.body(), Stmt.If.class);
    Cond.Not not = assertInstanceOf(Cond.Not.class, first.cond());
    Cond.TryAcquire ta = assertInstanceOf(Cond.TryAcquire.class, not.operand());
    assertEquals(m.params().get(0), ta.lock());
    assertEquals(ObjKind.REENTRANT_LOCK, ta.kind());
    Stmt.Assign assign = find(m.body(), Stmt.Assign.class);
    assertEquals("ok", assign.var().name());
    assertInstanceOf(Cond.TryAcquire.class, assign.value());
    Stmt.Block blk = (Stmt.Block) m.body();
    Stmt.If second = (Stmt.If) blk.stmts().get(2);
    assertEquals(new Cond.Var(assign.var()), second.cond());
  }

  @Test
  void tryLockInAConditionalExpressionIsKept() {
    MethodModel m = m("""
          void run(ReentrantLock lock, boolean fast) {
            boolean ok = fast ? lock.tryLock() : false;
            if (fast ? lock.tryLock() : work2()) { lock.unlock(); }
          }
          boolean work2() { return true; }""", "run");
    Stmt.Assign assign = find(m.body(), Stmt.Assign.class);
    Cond.Var fast = new Cond.Var(m.params().get(1));
    Cond.TryAcquire ta = new Cond.TryAcquire(m.params().get(0), ObjKind.REENTRANT_LOCK,
        Event.Mode.EXCLUSIVE, ((Cond.TryAcquire) ((Cond.And) ((Cond.Or) assign.value()).left()).right()).pos());
    assertEquals(new Cond.Or(new Cond.And(fast, ta), new Cond.And(new Cond.Not(fast), Cond.FALSE)),
        assign.value());
    Stmt.If second = (Stmt.If) ((Stmt.Block) m.body()).stmts().get(1);
    Cond.Or or = assertInstanceOf(Cond.Or.class, second.cond());
    assertInstanceOf(Cond.TryAcquire.class, ((Cond.And) or.left()).right());
    assertInstanceOf(Cond.Effects.class, ((Cond.And) or.right()).right());
  }

  @Test
  void readWriteLockPartsKeepTheirModeThroughALocal() {
    MethodModel m = m("""
          final ReadWriteLock rw = new ReentrantReadWriteLock();
          void run() {
            Lock r = rw.readLock();
            r.lock();
            try { work(); } finally { r.unlock(); }
            rw.writeLock().lock();
          }""", "run");
    List<Event> ev = events(m.body());
    Event.Acquire read = (Event.Acquire) ev.stream().filter(e -> e instanceof Event.Acquire).findFirst().orElseThrow();
    Ref.Field rw = new Ref.Field("T", "rw", true);
    assertEquals(new Ref.Part(rw, "read"), read.lock());
    assertEquals(Event.Mode.SHARED, read.mode());
    assertEquals(ObjKind.REENTRANT_RW_PART, read.kind());
    Event.Acquire write = (Event.Acquire) ev.get(ev.size() - 1);
    assertEquals(new Ref.Part(rw, "write"), write.lock());
    assertEquals(Event.Mode.EXCLUSIVE, write.mode());
    Stmt.Bind bind = find(m.body(), Stmt.Bind.class);
    assertEquals(new Ref.Part(rw, "read"), bind.value());
  }

  @Test
  void finalFieldsHoldingALockPartAreThatPart() {
    MethodModel m = m("""
          private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
          private final Lock readLock = rw.readLock();
          void run() {
            readLock.lock();
            this.readLock.unlock();
          }""", "run");
    List<Event> ev = events(m.body());
    Ref.Part read = new Ref.Part(new Ref.Field("T", "rw", true), "read");
    Event.Acquire a = assertInstanceOf(Event.Acquire.class, ev.get(0));
    assertEquals(read, a.lock());
    assertEquals(Event.Mode.SHARED, a.mode());
    assertEquals(read, ((Event.Release) ev.get(1)).lock());
  }

  @Test
  void escapesAndUnknownCalls() {
    MethodModel m = m("""
          Chan<String> saved;
          Chan<String> run(List<Object> sink) {
            Chan<String> ch = Chan.make(2);
            sink.add(ch);
            Runnable r = () -> ch.close();
            saved = ch;
            return ch;
          }""", "run");
    List<Event> ev = events(m.body());
    Event.New n = assertInstanceOf(Event.New.class, ev.get(0));
    assertEquals(Count.of(2), n.initial());
    Event.Call call = assertInstanceOf(Event.Call.class, ev.get(1));
    assertEquals(List.of(n.target()), call.args());
    assertFalse(call.sameClass());
    assertEquals(List.of(n.target(), n.target(), n.target()), ev.subList(2, 5).stream()
        .map(e -> ((Event.Escape) e).object()).toList());
  }

  @Test
  void threadCreatedThenStartedCarriesItsBody() {
    MethodModel m = m("""
          void run() throws Exception {
            Thread t = new Thread(() -> work());
            t.start();
            t.join();
          }""", "run");
    List<Event> ev = events(m.body());
    Event.Start s = assertInstanceOf(Event.Start.class, ev.get(0));
    assertEquals(Event.StartKind.THREAD, s.kind());
    assertNotNull(s.body());
    Ref.Local t = assertInstanceOf(Ref.Local.class, s.handle());
    assertEquals("t", t.name());
    assertEquals(t, ((Event.Join) ev.get(1)).task());
    assertNull(find(m.body(), Stmt.Bind.class), "no Bind for a local that receives a new object");
  }

  @Test
  void unknownCallsOnTasksLetThemEscapeButNotOnLocks() {
    MethodModel m = m("""
          void run(Mutex mu) {
            Thread t = new Thread(() -> work());
            t.setDaemon(true);
            t.start();
            mu.toString();
          }""", "run");
    List<Event> ev = events(m.body());
    Ref t = ((Event.Escape) ev.get(0)).object();
    assertEquals("t", ((Ref.Local) t).name());
    assertInstanceOf(Event.Call.class, ev.get(1));
    assertInstanceOf(Event.Start.class, ev.get(2));
    assertEquals(4, ev.size(), "mu.toString() is a call, not an escape: " + ev);
    assertInstanceOf(Event.Call.class, ev.get(3));
  }

  @Test
  void executorsAndFutures() {
    MethodModel m = m("""
          void run() throws Exception {
            ExecutorService ex = Executors.newFixedThreadPool(2);
            Future<?> f = ex.submit(() -> work());
            f.get();
            ex.shutdown();
          }""", "run");
    List<Event> ev = events(m.body());
    Event.New n = assertInstanceOf(Event.New.class, ev.get(0));
    assertEquals(ObjKind.EXECUTOR, n.kind());
    Event.Start s = assertInstanceOf(Event.Start.class, ev.get(1));
    assertEquals(Event.StartKind.EXECUTOR, s.kind());
    assertEquals(n.target(), s.via());
    assertEquals("f", ((Ref.Local) s.handle()).name());
    assertEquals(s.handle(), ((Event.Join) ev.get(2)).task());
    assertEquals(n.target(), ((Event.Cancel) ev.get(3)).target());
  }

  @Test
  void rangeOverChannelAndSelect() {
    MethodModel m = m("""
          void run(Chan<String> in, Chan<String> out) {
            for (String s : in) { out.send(s); }
            Select.select(Select.recv(in, v -> work()), Select.send(out, "x", () -> out.close()),
                Select.defaultCase(() -> {}));
          }""", "run");
    Stmt.Range range = find(m.body(), Stmt.Range.class);
    assertEquals(m.params().get(0), range.channel());
    Event.Select sel = (Event.Select) events(m.body()).stream()
        .filter(e -> e instanceof Event.Select).findFirst().orElseThrow();
    assertEquals(2, sel.cases().size());
    assertFalse(sel.cases().get(0).isSend());
    assertEquals(m.params().get(0), sel.cases().get(0).channel());
    assertTrue(sel.cases().get(1).isSend());
    assertInstanceOf(Event.Close.class, events(sel.cases().get(1).body()).get(0));
    assertTrue(sel.hasDefault());
  }

  @Test
  void synchronizedMethodsAndBlocks() {
    FileModel f = build(HEADER + """
        class T {
          private final Object lock = new Object();
          synchronized void a() { work(); }
          void b() { synchronized (lock) { work(); } }
          void work() {}
        }
        """);
    MethodModel a = method(f, "a");
    assertTrue(a.isSynchronized());
    Event.Acquire acq = (Event.Acquire) events(a.body()).get(0);
    assertEquals(new Ref.Field("T", "this", true), acq.lock());
    assertEquals(ObjKind.MONITOR, acq.kind());
    Event.Acquire acqB = (Event.Acquire) events(method(f, "b").body()).get(0);
    assertEquals(new Ref.Field("T", "lock", true), acqB.lock());
  }

  @Test
  void annotationsFieldsAndSameClassCalls() {
    FileModel f = build(HEADER + """
        class T {
          private final Mutex mu = new Mutex();
          @SuppressWarnings("x") @Deprecated void a() { b(1); }
          void b(int x) {}
        }
        """);
    ClassModel c = f.classes().get(0);
    ClassModel.FieldModel mu = c.fields().get(0);
    assertEquals("mu", mu.name());
    assertEquals(ObjKind.MUTEX, mu.kind());
    assertTrue(mu.isFinal());
    assertNotNull(mu.initial());
    MethodModel a = method(f, "a");
    assertEquals(java.util.Set.of("SuppressWarnings", "Deprecated"), a.annotations());
    Event.Call call = (Event.Call) events(a.body()).get(0);
    assertEquals("T#b(int)", call.callee());
    assertTrue(call.sameClass());
    assertEquals("b(int)", method(f, "b").signature());
  }

  @Test
  void anonymousAndLocalClassesAreTheirOwnClassModels() {
    FileModel f = build(HEADER + """
        class T {
          private final Runnable r = new Runnable() { public void run() { new Mutex().lock(); } };
          void a(Mutex mu) {
            class Local { void b() { mu.lock(); } }
            Runnable q = new Runnable() { public void run() { } };
          }
        }
        """);
    List<String> names = f.classes().stream().map(ClassModel::name).toList();
    assertEquals(List.of("T", "T$1", "T$1Local", "T$2"), names);
    MethodModel b = method(f, "b");
    assertEquals("T$1Local", b.owner());
    Event.Acquire a = (Event.Acquire) events(b.body()).get(0);
    assertEquals(method(f, "a").params().get(0), a.lock(), "a captured local keeps its ref");
    List<Event> outer = events(method(f, "a").body());
    assertInstanceOf(Event.Escape.class, outer.get(0), "the local class captures mu");
  }

  @Test
  void aFailingMethodIsRecordedAndTheOthersAreStillBuilt() {
    JavacModelBuilder.failureHook = name -> name.equals("bad");
    try {
      JavacModelBuilder b = JavacModels.builder(HEADER
          + "class T { void bad() { new Mutex().lock(); } void good(Mutex mu) { mu.lock(); } }");
      assertNotNull(b.failure());
      assertEquals("bad()", b.failure().signature());
      assertEquals(Stmt.EMPTY, method(JavacModels.lastModel(), "bad").body());
      assertInstanceOf(Event.Acquire.class,
          events(method(JavacModels.lastModel(), "good").body()).get(0));
    } finally {
      JavacModelBuilder.failureHook = null;
    }
  }
}
