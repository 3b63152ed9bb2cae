package dev.gosafe.checker.analysis.flow;

import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Walks the structured statements: every event in source order, with the loops enclosing it. */
public final class StmtWalker {
  private StmtWalker() {}

  /** Every event in {@code s} (conditions, resources, select case bodies; task bodies when {@code intoTasks}). */
  public static void events(Stmt s, boolean intoTasks, Consumer<Event> sink) {
    visit(s, List.of(), (e, loops) -> {
      sink.accept(e);
      if (intoTasks && e instanceof Event.Start st && st.body() != null) {
        events(st.body().body(), true, sink);
      }
    });
  }

  static void walk(Stmt s, List<Stmt> loops, Map<Event, Set<Stmt>> out) {
    visit(s, loops, (e, l) -> out.put(e, Set.copyOf(l)));
  }

  /**
   * The fields whose lock {@code s} releases (directly, or through a local bound to the field, as
   * in {@code final ReentrantLock lock = this.lock; lock.unlock();}); task bodies are not entered.
   */
  public static Set<Ref> releasedFields(Stmt s) {
    Map<Ref.Local, Ref> binds = new HashMap<>();
    List<Ref> released = new ArrayList<>();
    visit(s, List.of(), new Visitor() {
      @Override public void event(Event e, List<Stmt> loops) {
        if (e instanceof Event.Release r && r.kind() != ObjKind.MONITOR) {
          released.add(r.lock());
        }
      }

      @Override public void bind(Stmt.Bind b) {
        binds.put(b.var(), b.value());
      }
    });
    Set<Ref> out = new HashSet<>();
    for (Ref r : released) {
      Ref base = r;
      while (base instanceof Ref.Part p) {
        base = p.base();
      }
      if (base instanceof Ref.Local l && binds.get(l) instanceof Ref.Field f) {
        base = f;
      }
      if (base instanceof Ref.Field) {
        out.add(base);
      }
    }
    return out;
  }

  private interface Visitor {
    void event(Event e, List<Stmt> loops);

    default void bind(Stmt.Bind b) {}
  }

  private static void visit(Stmt s, List<Stmt> loops, Visitor v) {
    if (s == null) {
      return;
    }
    switch (s) {
      case Stmt.Block b -> b.stmts().forEach(x -> visit(x, loops, v));
      case Stmt.Do d -> event(d.event(), loops, v);
      case Stmt.Assign a -> cond(a.value(), loops, v);
      case Stmt.If i -> {
        cond(i.cond(), loops, v);
        visit(i.then(), loops, v);
        visit(i.otherwise(), loops, v);
      }
      case Stmt.Loop l -> {
        List<Stmt> inner = with(loops, l);
        cond(l.cond(), inner, v);
        visit(l.body(), inner, v);
        visit(l.update(), inner, v);
      }
      case Stmt.Range r -> visit(r.body(), with(loops, r), v);
      case Stmt.Try t -> {
        for (Stmt.Resource r : t.resources()) {
          visit(r.init(), loops, v);
          r.onClose().forEach(e -> event(e, loops, v));
        }
        visit(t.body(), loops, v);
        t.catches().forEach(c -> visit(c.body(), loops, v));
        visit(t.finallyBlock(), loops, v);
      }
      case Stmt.Switch sw -> sw.cases().forEach(x -> visit(x, loops, v));
      case Stmt.Labeled l -> visit(l.body(), loops, v);
      case Stmt.Bind b -> v.bind(b);
      default -> { }
    }
  }

  private static List<Stmt> with(List<Stmt> loops, Stmt loop) {
    List<Stmt> l = new ArrayList<>(loops);
    l.add(loop);
    return l;
  }

  private static void cond(Cond c, List<Stmt> loops, Visitor v) {
    if (c == null) {
      return;
    }
    switch (c) {
      case Cond.Not n -> cond(n.operand(), loops, v);
      case Cond.And a -> {
        cond(a.left(), loops, v);
        cond(a.right(), loops, v);
      }
      case Cond.Or o -> {
        cond(o.left(), loops, v);
        cond(o.right(), loops, v);
      }
      case Cond.Effects e -> {
        e.events().forEach(x -> event(x, loops, v));
        cond(e.test(), loops, v);
      }
      default -> { }
    }
  }

  private static void event(Event e, List<Stmt> loops, Visitor v) {
    if (e == null) {
      return;
    }
    v.event(e, loops);
    if (e instanceof Event.Select sel) {
      for (Event.SelectCase c : sel.cases()) {
        visit(c.body(), loops, v);
      }
      visit(sel.otherBody(), loops, v);
    }
  }
}
