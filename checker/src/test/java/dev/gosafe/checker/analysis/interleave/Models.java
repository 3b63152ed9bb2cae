package dev.gosafe.checker.analysis.interleave;

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
import java.util.Set;

/** A tiny DSL for hand-built models: positions are per line (offset = line * 100). */
final class Models {
  static final String OWNER = "demo.Service";

  private Models() {}

  static SourcePos at(int line) {
    return new SourcePos(line, 5, line * 100);
  }

  static Ref.Local local(String name) {
    return new Ref.Local(name, Math.abs(name.hashCode() % 10_000));
  }

  static Ref.Field field(String name) {
    return new Ref.Field(OWNER, name, true);
  }

  static Stmt block(Stmt... stmts) {
    return new Stmt.Block(List.of(stmts));
  }

  static Stmt run(Event e) {
    return new Stmt.Do(e);
  }

  static MethodModel method(String name, Stmt... body) {
    return new MethodModel(name, OWNER, name + "()", at(1), List.of(), block(body), Set.of(), false,
        false);
  }

  static MethodModel lambda(int line, Stmt... body) {
    return new MethodModel("lambda$" + line, OWNER, "lambda$" + line, at(line), List.of(),
        block(body), Set.of(), true, false);
  }

  static FileModel file(MethodModel... methods) {
    return new FileModel("Service.java",
        List.of(new ClassModel(OWNER, at(1), List.of(), List.of(methods))));
  }

  static Stmt chan(Ref.Local ch, long capacity, int line) {
    return run(new Event.New(ch, ObjKind.CHANNEL, Count.of(capacity), at(line)));
  }

  static Stmt newObj(Ref.Local r, ObjKind kind, long initial, int line) {
    return run(new Event.New(r, kind, Count.of(initial), at(line)));
  }

  static Stmt go(int line, Stmt... body) {
    return run(new Event.Start(Event.StartKind.GO, lambda(line, body), Ref.UNKNOWN, Ref.UNKNOWN,
        at(line)));
  }

  static Stmt goHandle(Ref.Local handle, int line, Stmt... body) {
    return run(new Event.Start(Event.StartKind.GO, lambda(line, body), handle, Ref.UNKNOWN,
        at(line)));
  }

  static Stmt wgGo(Ref.Local wg, int line, Stmt... body) {
    return run(new Event.Start(Event.StartKind.WAIT_GROUP_GO, lambda(line, body), Ref.UNKNOWN, wg,
        at(line)));
  }

  static Stmt send(Ref ch, int line) {
    return run(new Event.Send(ch, ObjKind.CHANNEL, at(line)));
  }

  static Stmt recv(Ref ch, int line) {
    return run(new Event.Recv(ch, ObjKind.CHANNEL, at(line)));
  }

  static Stmt close(Ref ch, int line) {
    return run(new Event.Close(ch, at(line)));
  }

  static Stmt range(Ref ch, int line, Stmt... body) {
    return new Stmt.Range(ch, ObjKind.CHANNEL, block(body), null, at(line));
  }

  static Stmt await(Ref wg, int line) {
    return run(new Event.CounterAwait(wg, ObjKind.WAIT_GROUP, at(line)));
  }

  static Stmt lock(Ref mu, int line) {
    return run(new Event.Acquire(mu, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(line)));
  }

  static Stmt unlock(Ref mu, int line) {
    return run(new Event.Release(mu, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(line)));
  }

  static Stmt join(Ref task, int line) {
    return run(new Event.Join(task, false, at(line)));
  }

  static Stmt escape(Ref r, int line) {
    return run(new Event.Escape(r, at(line)));
  }

  static Stmt loop(Count trips, int line, Stmt... body) {
    return new Stmt.Loop(Cond.UNKNOWN, block(body), Stmt.EMPTY, true, trips, null, at(line));
  }

  static Stmt ifUnknown(int line, Stmt then, Stmt otherwise) {
    return new Stmt.If(Cond.UNKNOWN, then, otherwise, at(line));
  }

  static Stmt ret(int line) {
    return new Stmt.Return(at(line));
  }

  /** {@code Select.select(recv(ch, ...), after(timeout, ...))}. */
  static Stmt selectRecvOrTimeout(Ref ch, int line) {
    return run(new Event.Select(
        List.of(new Event.SelectCase(false, ch, Stmt.EMPTY, at(line + 1))), false, true,
        Stmt.EMPTY, at(line)));
  }

  static Stmt selectCases(int line, boolean hasDefault, Event.SelectCase... cases) {
    return run(new Event.Select(List.of(cases), hasDefault, false, Stmt.EMPTY, at(line)));
  }
}
