package dev.gosafe.checker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceModelBuilderTest {

  private static MethodModel method(FileModel f, String name) {
    for (ClassModel c : f.classes()) {
      for (MethodModel m : c.methods()) {
        if (m.name().equals(name)) {
          return m;
        }
      }
    }
    throw new AssertionError("no method " + name + " in " + f);
  }

  /** Every event of a statement tree, in order, including those in conditions and task bodies. */
  static List<Event> events(Stmt s) {
    List<Event> out = new ArrayList<>();
    collect(s, out);
    return out;
  }

  private static void collect(Stmt s, List<Event> out) {
    switch (s) {
      case Stmt.Block b -> b.stmts().forEach(x -> collect(x, out));
      case Stmt.Do d -> {
        out.add(d.event());
        if (d.event() instanceof Event.Start st && st.body() != null) {
          collect(st.body().body(), out);
        }
      }
      case Stmt.If i -> {
        cond(i.cond(), out);
        collect(i.then(), out);
        collect(i.otherwise(), out);
      }
      case Stmt.Loop l -> {
        cond(l.cond(), out);
        collect(l.body(), out);
        collect(l.update(), out);
      }
      case Stmt.Range r -> collect(r.body(), out);
      case Stmt.Try t -> {
        for (Stmt.Resource r : t.resources()) {
          collect(r.init(), out);
        }
        collect(t.body(), out);
        for (Stmt.Catch c : t.catches()) {
          collect(c.body(), out);
        }
        collect(t.finallyBlock(), out);
      }
      case Stmt.Switch sw -> sw.cases().forEach(x -> collect(x, out));
      case Stmt.Labeled l -> collect(l.body(), out);
      default -> { }
    }
  }

  private static void cond(Cond c, List<Event> out) {
    switch (c) {
      case Cond.Effects e -> {
        out.addAll(e.events());
        cond(e.test(), out);
      }
      case Cond.And a -> {
        cond(a.left(), out);
        cond(a.right(), out);
      }
      case Cond.Or o -> {
        cond(o.left(), out);
        cond(o.right(), out);
      }
      case Cond.Not n -> cond(n.operand(), out);
      default -> { }
    }
  }

  @Test
  void lockBeforeTryUnlockInFinally() {
    String src = """
        import dev.gosafe.Mutex;
        class A {
          void run() {
            Mutex mu = new Mutex();
            mu.lock();
            try {
              work();
            } finally {
              mu.unlock();
            }
          }
          void work() {}
        }
        """;
    MethodModel m = method(SourceModels.build(src), "run");
    int declOffset = src.indexOf("Mutex mu");
    Ref.Local mu = new Ref.Local("mu", declOffset);
    Stmt.Block body = assertInstanceOf(Stmt.Block.class, m.body());
    assertEquals(3, body.stmts().size(), body.toString());
    Event.New created = (Event.New) ((Stmt.Do) body.stmts().get(0)).event();
    assertEquals(mu, created.target());
    assertEquals(ObjKind.MUTEX, created.kind());
    int lockAt = src.indexOf("mu.lock()");
    assertEquals(new Event.Acquire(mu, ObjKind.MUTEX, Event.Mode.EXCLUSIVE,
        new SourcePos(5, 5, lockAt)), ((Stmt.Do) body.stmts().get(1)).event());
    Stmt.Try t = assertInstanceOf(Stmt.Try.class, body.stmts().get(2));
    assertEquals(new Event.Call("A#work()", List.of(), true,
        new SourcePos(7, 7, src.indexOf("work();"))), single(t.body()));
    assertEquals(new Event.Release(mu, ObjKind.MUTEX, Event.Mode.EXCLUSIVE,
        new SourcePos(9, 7, src.indexOf("mu.unlock()"))), single(t.finallyBlock()));
  }

  private static Event single(Stmt s) {
    List<Event> e = events(s);
    assertEquals(1, e.size(), s.toString());
    return e.get(0);
  }

  @Test
  void waitGroupAddMatchesForEachSymbolically() {
    String src = """
        import dev.gosafe.*;
        import java.util.List;
        class Crawler {
          void crawl(List<String> urls) {
            WaitGroup wg = new WaitGroup();
            wg.add(urls.size());
            for (String u : urls) {
              Go.go(() -> {
                try {
                  fetch(u);
                } finally {
                  wg.done();
                }
              });
            }
            wg.await();
          }
          void fetch(String u) {}
        }
        """;
    FileModel f = SourceModels.build(src);
    MethodModel m = method(f, "crawl");
    Ref.Local urls = m.params().get(0);
    assertEquals(new Ref.Local("urls", src.indexOf("List<String> urls")), urls);
    List<Event> ev = events(m.body());
    // urls.size() is an ordinary call evaluated before add()
    assertEquals("?#size(?)", ((Event.Call) ev.get(1)).callee());
    Event.CounterAdd add = (Event.CounterAdd) ev.get(2);
    Count size = new Count.Sym("size:urls#" + urls.id());
    assertEquals(size, add.delta());
    Stmt.Loop loop = (Stmt.Loop) ((Stmt.Block) m.body()).stmts().stream()
        .filter(x -> x instanceof Stmt.Loop).findFirst().orElseThrow(() -> new AssertionError(m.body()));
    assertEquals(size, loop.trips());
    Event.Start start = (Event.Start) ev.get(3);
    assertEquals(Event.StartKind.GO, start.kind());
    assertNotNull(start.body());
    assertTrue(start.body().isLambda());
    assertEquals("lambda$8", start.body().name());
    Ref.Local wg = new Ref.Local("wg", src.indexOf("WaitGroup wg"));
    assertTrue(events(start.body().body()).contains(new Event.CounterDone(wg, ObjKind.WAIT_GROUP,
        new SourcePos(12, 11, src.indexOf("wg.done()")))));
    assertInstanceOf(Event.CounterAwait.class, ev.get(ev.size() - 1));
  }

  @Test
  void tryLockIsACondition() {
    String src = """
        import java.util.concurrent.locks.ReentrantLock;
        class B {
          private final ReentrantLock lock = new ReentrantLock();
          void flush() {
            if (lock.tryLock()) {
              try { } finally { lock.unlock(); }
            }
          }
        }
        """;
    FileModel f = SourceModels.build(src);
    ClassModel c = f.classes().get(0);
    assertEquals("B", c.name());
    assertEquals(ObjKind.REENTRANT_LOCK, c.fields().get(0).kind());
    Stmt.If i = assertInstanceOf(Stmt.If.class, method(f, "flush").body() instanceof Stmt.Block b
        ? b.stmts().get(0) : null);
    Cond.TryAcquire t = assertInstanceOf(Cond.TryAcquire.class, i.cond());
    assertEquals(new Ref.Field("B", "lock", true), t.lock());
  }

  @Test
  void lockedHandleInTryWithResourcesReleasesOnClose() {
    String src = """
        import dev.gosafe.Mutex;
        class C {
          final Mutex mu = new Mutex();
          void put() {
            try (var held = mu.locked()) {
              System.out.println("x");
            }
          }
        }
        """;
    Stmt.Try t = (Stmt.Try) firstStmt(method(SourceModels.build(src), "put"));
    assertEquals(1, t.resources().size());
    Ref.Field mu = new Ref.Field("C", "mu", true);
    assertTrue(events(t.resources().get(0).init()).stream()
        .anyMatch(e -> e instanceof Event.Acquire a && a.lock().equals(mu)));
    assertEquals(List.of(new Event.Release(mu, ObjKind.MUTEX, Event.Mode.EXCLUSIVE,
        new SourcePos(5, 21, src.indexOf("mu.locked()")))), t.resources().get(0).onClose());
  }

  private static Stmt firstStmt(MethodModel m) {
    return m.body() instanceof Stmt.Block b ? b.stmts().get(0) : m.body();
  }

  @Test
  void importAloneNamesTheTypeWhenTheSolverCannotResolveIt() {
    // a solver that knows only the JDK: dev.gosafe.Mutex is known through the import alone
    String src = """
        import dev.gosafe.Mutex;
        class D {
          void f(Mutex mu) {
            mu.lock();
          }
        }
        """;
    FileModel f = SourceModels.build(src, new ReflectionTypeSolver(true), "D.java");
    Event e = single(method(f, "f").body());
    assertEquals(ObjKind.MUTEX, assertInstanceOf(Event.Acquire.class, e).kind());
  }

  @Test
  void unresolvableTypeIsAnUnknownCallNeverAGuess() {
    // no import, not on the class path: a variable named like a lock is still nothing
    String src = """
        class E {
          void f(Mutex mutex) {
            mutex.lock();
          }
        }
        """;
    FileModel f = SourceModels.build(src, new ReflectionTypeSolver(true), "E.java");
    assertInstanceOf(Event.Call.class, single(method(f, "f").body()));
  }

  @Test
  void countingLoopHasConstantTrips() {
    String src = """
        import java.util.concurrent.CountDownLatch;
        class F {
          static final int N = 3;
          void f() throws InterruptedException {
            CountDownLatch latch = new CountDownLatch(N);
            for (int i = 0; i < N; i++) {
              new Thread(latch::countDown).start();
            }
            latch.await();
          }
        }
        """;
    MethodModel m = method(SourceModels.build(src), "f");
    Stmt.Block b = (Stmt.Block) m.body();
    Event.New n = (Event.New) ((Stmt.Do) b.stmts().get(0)).event();
    assertEquals(Count.of(3), n.initial());
    assertEquals(ObjKind.LATCH, n.kind());
    Stmt loop = b.stmts().get(1);
    Stmt.Loop l = assertInstanceOf(Stmt.Loop.class,
        loop instanceof Stmt.Block lb ? lb.stmts().get(lb.stmts().size() - 1) : loop);
    assertEquals(Count.of(3), l.trips());
  }

  @Test
  void selectCasesBecomeOneSelectEvent() {
    String src = """
        import dev.gosafe.*;
        class G {
          void f(Chan<String> in, Chan<String> out) {
            Select.select(
                Select.recv(in, v -> System.out.println(v)),
                Select.send(out, "x", () -> { }),
                Select.defaultCase(() -> { }));
          }
        }
        """;
    Event.Select s = assertInstanceOf(Event.Select.class,
        events(method(SourceModels.build(src), "f").body()).get(0));
    assertEquals(2, s.cases().size());
    assertTrue(s.hasDefault());
    assertEquals(new Ref.Local("in", src.indexOf("Chan<String> in")), s.cases().get(0).channel());
    assertTrue(s.cases().get(1).isSend());
  }

  @Test
  void positionsCountCrLfAndTabsAsJavacDoes() {
    String src = "import dev.gosafe.Mutex;\r\nclass H {\r\n\tvoid f(Mutex mu) {\r\n\t\tmu.lock();\r\n\t}\r\n}\r\n";
    Event e = single(method(SourceModels.build(src), "f").body());
    assertEquals(new SourcePos(4, 3, src.indexOf("mu.lock()")), e.pos());
  }

  @Test
  void localAndAnonymousClassesGetJavacsBinaryNames() {
    String src = """
        package p;
        class Outer {
          Outer() {
            log();
          }
          void f() {
            class Local { void g() {} }
            Runnable r = new Runnable() {
              public void run() {}
            };
          }
          void log() {}
          static class Nested {}
        }
        """;
    FileModel f = SourceModels.build(src);
    List<String> names = f.classes().stream().map(ClassModel::name).toList();
    assertEquals(List.of("p.Outer", "p.Outer$1Local", "p.Outer$1", "p.Outer.Nested"), names);
    ClassModel anon = f.classes().get(2);
    assertEquals(src.indexOf("{\n      public void run"), anon.pos().offset());
    // javac's attribution adds super() at the constructor body's brace
    MethodModel ctor = method(f, "<init>");
    List<Event> ev = events(ctor.body());
    assertEquals(new Event.Call("?#<init>(?)", List.of(), false,
        new SourcePos(3, 11, src.indexOf("{\n    log();"))), ev.get(0));
    assertEquals(new Event.Call("p.Outer#log()", List.of(), true,
        new SourcePos(4, 5, src.indexOf("log();"))), ev.get(1));
    assertEquals("f()", method(f, "f").signature());
  }

  @Test
  void objectsCapturedByAnUnknownLambdaEscape() {
    String src = """
        import dev.gosafe.Mutex;
        import java.util.List;
        class K {
          void f(List<String> items) {
            Mutex mu = new Mutex();
            items.forEach(i -> mu.lock());
          }
        }
        """;
    List<Event> ev = events(method(SourceModels.build(src), "f").body());
    Ref.Local mu = new Ref.Local("mu", src.indexOf("Mutex mu"));
    assertTrue(ev.contains(new Event.Escape(mu, new SourcePos(6, 19, src.indexOf("i -> mu")))),
        ev.toString());
    assertTrue(ev.stream().noneMatch(e -> e instanceof Event.Acquire), ev.toString());
  }
}
