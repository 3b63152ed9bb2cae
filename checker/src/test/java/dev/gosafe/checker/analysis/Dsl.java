package dev.gosafe.checker.analysis;

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
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A tiny builder for hand-written models in tests: positions are identified by line numbers. */
public final class Dsl {
  private Dsl() {}

  public static final String OWNER = "t.C";

  public static SourcePos at(int line) {
    return new SourcePos(line, 5, line * 100 + 5);
  }

  public static Ref.Local local(String name) {
    return new Ref.Local(name, Math.abs(name.hashCode()) % 10_000);
  }

  public static Ref.Field field(String name) {
    return new Ref.Field(OWNER, name, true);
  }

  public static Stmt.Block block(Stmt... stmts) {
    return new Stmt.Block(List.of(stmts));
  }

  public static Stmt.Do ev(Event e) {
    return new Stmt.Do(e);
  }

  public static Stmt lock(Ref l, int line) {
    return ev(new Event.Acquire(l, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(line)));
  }

  public static Stmt lock(Ref l, ObjKind kind, Event.Mode mode, int line) {
    return ev(new Event.Acquire(l, kind, mode, at(line)));
  }

  public static Stmt unlock(Ref l, int line) {
    return ev(new Event.Release(l, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(line)));
  }

  public static Stmt unlock(Ref l, ObjKind kind, Event.Mode mode, int line) {
    return ev(new Event.Release(l, kind, mode, at(line)));
  }

  public static Cond.TryAcquire tryLock(Ref l, int line) {
    return new Cond.TryAcquire(l, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(line));
  }

  public static Stmt call(String callee, int line, Ref... args) {
    return ev(new Event.Call(callee, List.of(args), false, at(line)));
  }

  public static Stmt send(Ref ch, int line) {
    return ev(new Event.Send(ch, ObjKind.CHANNEL, at(line)));
  }

  public static Stmt recv(Ref ch, int line) {
    return ev(new Event.Recv(ch, ObjKind.CHANNEL, at(line)));
  }

  public static Stmt close(Ref ch, int line) {
    return ev(new Event.Close(ch, at(line)));
  }

  public static Stmt newObj(Ref target, ObjKind kind, Count initial, int line) {
    return ev(new Event.New(target, kind, initial, at(line)));
  }

  public static Stmt add(Ref wg, Count delta, int line) {
    return ev(new Event.CounterAdd(wg, ObjKind.WAIT_GROUP, delta, at(line)));
  }

  public static Stmt done(Ref wg, int line) {
    return ev(new Event.CounterDone(wg, ObjKind.WAIT_GROUP, at(line)));
  }

  public static Stmt countDown(Ref latch, int line) {
    return ev(new Event.CounterDone(latch, ObjKind.LATCH, at(line)));
  }

  public static Stmt await(Ref wg, int line) {
    return ev(new Event.CounterAwait(wg, ObjKind.WAIT_GROUP, at(line)));
  }

  public static Stmt cancel(Ref ctx, int line) {
    return ev(new Event.Cancel(ctx, ObjKind.CONTEXT, at(line)));
  }

  public static Stmt escape(Ref obj, int line) {
    return ev(new Event.Escape(obj, at(line)));
  }

  public static Stmt go(MethodModel body, int line) {
    return ev(new Event.Start(Event.StartKind.GO, body, Ref.UNKNOWN, Ref.UNKNOWN, at(line)));
  }

  public static Stmt start(Event.StartKind kind, MethodModel body, Ref via, int line) {
    return ev(new Event.Start(kind, body, Ref.UNKNOWN, via, at(line)));
  }

  public static Stmt sleep(int line) {
    return ev(new Event.Block("sleep", at(line)));
  }

  public static Stmt.If ifThen(Cond c, Stmt then) {
    return new Stmt.If(c, then, Stmt.EMPTY, SourcePos.NONE);
  }

  public static Stmt.If ifElse(Cond c, Stmt then, Stmt otherwise) {
    return new Stmt.If(c, then, otherwise, SourcePos.NONE);
  }

  public static Stmt.Assign assign(Ref.Local var, Cond value, int line) {
    return new Stmt.Assign(var, value, at(line));
  }

  public static Stmt.Bind bind(Ref.Local var, Ref value, int line) {
    return new Stmt.Bind(var, value, at(line));
  }

  public static Stmt.Loop whileLoop(Cond c, Stmt body) {
    return new Stmt.Loop(c, body, Stmt.EMPTY, true, Count.UNKNOWN, null, SourcePos.NONE);
  }

  public static Stmt.Loop forEach(Count trips, Stmt body) {
    return new Stmt.Loop(Cond.UNKNOWN, body, Stmt.EMPTY, true, trips, null, SourcePos.NONE);
  }

  public static Stmt.Try tryFinally(Stmt body, Stmt fin) {
    return new Stmt.Try(List.of(), body, List.of(), fin, SourcePos.NONE);
  }

  public static Stmt.Try tryCatch(Stmt body, boolean catchesUnchecked, Stmt handler) {
    return new Stmt.Try(List.of(), body, List.of(new Stmt.Catch(handler, catchesUnchecked, SourcePos.NONE)),
        Stmt.EMPTY, SourcePos.NONE);
  }

  public static Stmt.Try tryWith(List<Stmt.Resource> resources, Stmt body) {
    return new Stmt.Try(resources, body, List.of(), Stmt.EMPTY, SourcePos.NONE);
  }

  public static Stmt.Resource resource(Stmt init, Event... onClose) {
    return new Stmt.Resource(init, Arrays.asList(onClose));
  }

  public static Stmt ret(int line) {
    return new Stmt.Return(at(line));
  }

  public static Stmt thr(int line) {
    return new Stmt.Throw(at(line));
  }

  public static Cond var(Ref.Local v) {
    return new Cond.Var(v);
  }

  public static Cond not(Cond c) {
    return new Cond.Not(c);
  }

  public static Cond unknown() {
    return Cond.UNKNOWN;
  }

  public static MethodModel method(String name, Stmt body) {
    return new MethodModel(name, OWNER, name + "()", at(1), List.of(), body, Set.of(), false, false);
  }

  public static MethodModel method(String name, Set<String> annotations, Stmt body) {
    return new MethodModel(name, OWNER, name + "()", at(1), List.of(), body, annotations, false, false);
  }

  public static MethodModel lambda(int line, Stmt body) {
    return new MethodModel("lambda$" + line, OWNER, "lambda$" + line, at(line), List.of(), body, Set.of(),
        true, false);
  }

  public static FileModel file(MethodModel... methods) {
    return new FileModel("C.java",
        List.of(new ClassModel(OWNER, at(1), List.of(), List.of(methods))));
  }
}
