package dev.gosafe.checker.analysis;

import static dev.gosafe.checker.analysis.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The analyzer never throws on well-formed models: random statement trees from fixed seeds. */
class RandomModelsTest {
  private static final Ref[] REFS = {local("a"), local("b"), field("f"), Ref.UNKNOWN,
      new Ref.Part(field("rw"), "read"), new Ref.Part(field("rw"), "write")};
  private static final Ref.Local[] BOOLS = {local("x"), local("y")};

  private Random rnd;
  private int line;

  @Test
  void randomModelsAreAnalysedWithoutExceptionsAndFindingsAreSorted() {
    for (int seed = 0; seed < 300; seed++) {
      rnd = new Random(seed);
      line = 1;
      MethodModel m = method("m" + seed, stmt(4));
      List<Finding> f = assertDoesNotThrow(() -> Analyzer.analyze(file(m)), "seed " + seed);
      for (int i = 1; i < f.size(); i++) {
        assertTrue(Analyzer.ORDER.compare(f.get(i - 1), f.get(i)) <= 0, "sorted, seed " + seed);
      }
    }
  }

  private Ref ref() {
    return REFS[rnd.nextInt(REFS.length)];
  }

  private Cond cond(int depth) {
    return switch (depth <= 0 ? rnd.nextInt(3) : rnd.nextInt(7)) {
      case 0 -> Cond.UNKNOWN;
      case 1 -> new Cond.Var(BOOLS[rnd.nextInt(BOOLS.length)]);
      case 2 -> new Cond.TryAcquire(ref(), ObjKind.MUTEX, Event.Mode.EXCLUSIVE, at(line++));
      case 3 -> new Cond.Not(cond(depth - 1));
      case 4 -> new Cond.And(cond(depth - 1), cond(depth - 1));
      case 5 -> new Cond.Or(cond(depth - 1), cond(depth - 1));
      default -> new Cond.Effects(List.of(event(depth - 1)), cond(depth - 1));
    };
  }

  private Event event(int depth) {
    SourcePos p = at(line++);
    Ref r = ref();
    return switch (rnd.nextInt(depth > 0 ? 14 : 13)) {
      case 0 -> new Event.Acquire(r, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, p);
      case 1 -> new Event.Release(r, ObjKind.MUTEX, Event.Mode.EXCLUSIVE, p);
      case 2 -> new Event.CounterAdd(r, ObjKind.WAIT_GROUP, rnd.nextBoolean() ? Count.of(1)
          : new Count.Sym("size:l#1"), p);
      case 3 -> new Event.CounterDone(r, ObjKind.WAIT_GROUP, p);
      case 4 -> new Event.New(r, rnd.nextBoolean() ? ObjKind.WAIT_GROUP : ObjKind.CONTEXT, Count.of(0), p);
      case 5 -> new Event.Send(r, ObjKind.CHANNEL, p);
      case 6 -> new Event.Recv(r, ObjKind.CHANNEL, p);
      case 7 -> new Event.Close(r, p);
      case 8 -> new Event.Cancel(r, ObjKind.CONTEXT, p);
      case 9 -> new Event.Call("t.C#h", List.of(r), true, p);
      case 10 -> new Event.Escape(r, p);
      case 11 -> new Event.CounterAwait(r, ObjKind.WAIT_GROUP, p);
      case 12 -> new Event.Block("sleep", p);
      default -> rnd.nextBoolean()
          ? new Event.Start(Event.StartKind.GO, lambda(p.line(), stmt(depth - 1)), Ref.UNKNOWN, Ref.UNKNOWN, p)
          : new Event.Select(List.of(new Event.SelectCase(rnd.nextBoolean(), r, stmt(depth - 1), p)),
              rnd.nextBoolean(), false, stmt(depth - 1), p);
    };
  }

  private Stmt stmt(int depth) {
    int k = depth <= 0 ? rnd.nextInt(4) : rnd.nextInt(14);
    return switch (k) {
      case 0, 1 -> new Stmt.Do(event(depth));
      case 2 -> new Stmt.Assign(BOOLS[rnd.nextInt(BOOLS.length)], cond(1), at(line++));
      case 3 -> new Stmt.Bind(local("a"), ref(), at(line++));
      case 4 -> {
        List<Stmt> l = new ArrayList<>();
        for (int i = rnd.nextInt(4); i >= 0; i--) {
          l.add(stmt(depth - 1));
        }
        yield new Stmt.Block(l);
      }
      case 5 -> new Stmt.If(cond(2), stmt(depth - 1), stmt(depth - 1), at(line++));
      case 6 -> new Stmt.Loop(cond(1), stmt(depth - 1), stmt(0), rnd.nextBoolean(),
          rnd.nextBoolean() ? Count.of(3) : new Count.Sym("size:l#1"), rnd.nextBoolean() ? "L" : null,
          at(line++));
      case 7 -> new Stmt.Range(ref(), ObjKind.CHANNEL, stmt(depth - 1), null, at(line++));
      case 8 -> new Stmt.Try(rnd.nextBoolean() ? List.of()
          : List.of(new Stmt.Resource(stmt(0), List.of(event(0)))), stmt(depth - 1),
          rnd.nextBoolean() ? List.of() : List.of(new Stmt.Catch(stmt(depth - 1), rnd.nextBoolean(), at(line++))),
          rnd.nextBoolean() ? Stmt.EMPTY : stmt(depth - 1), at(line++));
      case 9 -> new Stmt.Switch(List.of(stmt(depth - 1), stmt(depth - 1)), rnd.nextBoolean(),
          rnd.nextBoolean(), at(line++));
      case 10 -> new Stmt.Labeled("L", stmt(depth - 1));
      case 11 -> new Stmt.Return(at(line++));
      case 12 -> rnd.nextBoolean() ? new Stmt.Break(rnd.nextBoolean() ? "L" : null, at(line++))
          : new Stmt.Continue(null, at(line++));
      default -> new Stmt.Throw(at(line++));
    };
  }
}
