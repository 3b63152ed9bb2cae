package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LeakedTask cases that need no interleaving: an {@code ExecutorService} created in the method
 * and never shut down or closed, and a {@code Thread} started in the method and never joined, both
 * unless handed on (stored, returned, passed to a call). Path-insensitive on purpose: one shutdown
 * or join anywhere in the method counts (the local rules judge the paths).
 */
final class UnownedWorkers {
  private final Map<Ref, Event.New> executors = new LinkedHashMap<>();
  private final List<Event.Start> threads = new ArrayList<>();
  private final Set<Ref> owned = new HashSet<>();

  private UnownedWorkers() {}

  /** Finds the leaks of one method: rule LeakedTask, position, message. */
  static List<Explorer.Report> check(MethodModel m) {
    UnownedWorkers w = new UnownedWorkers();
    w.walk(m.body());
    List<Explorer.Report> out = new ArrayList<>();
    String method = m.name() + "()";
    for (Map.Entry<Ref, Event.New> e : w.executors.entrySet()) {
      if (!w.owned.contains(e.getKey())) {
        SourcePos pos = e.getValue().pos();
        out.add(new Explorer.Report("LeakedTask", pos,
            "The executor " + Messages.name(e.getKey()) + " created here is never shut down, so its"
                + " threads stay alive after " + method + " returns and keep the JVM from exiting."
                + " Call shutdown() once the work is submitted (or create it in a"
                + " try-with-resources statement), or hand the executor on.",
            List.of(new Finding.Step(pos, method, "creates the executor " + Messages.name(e.getKey())),
                new Finding.Step(m.pos(), method, "returns without shutting it down"))));
      }
    }
    for (Event.Start t : w.threads) {
      boolean handedOn = t.handle() instanceof Ref.Field || t.handle() instanceof Ref.Part
          || (t.handle() instanceof Ref.Local && w.owned.contains(t.handle()));
      if (handedOn) {
        continue;
      }
      out.add(new Explorer.Report("LeakedTask", t.pos(),
          "The thread started here is neither joined nor handed on, so nothing waits for it or"
              + " sees it fail after " + method + " returns. Keep the Thread and join() it before"
              + " returning, or run the work on an executor that is shut down.",
          List.of(new Finding.Step(t.pos(), method, "starts a thread"),
              new Finding.Step(m.pos(), method, "returns without joining it"))));
    }
    return out;
  }

  private void walk(Stmt s) {
    if (s == null) {
      return;
    }
    switch (s) {
      case Stmt.Block b -> b.stmts().forEach(this::walk);
      case Stmt.Do d -> event(d.event());
      case Stmt.Assign a -> cond(a.value());
      case Stmt.Bind b -> {
        if (b.value().isTracked()) {
          owned.add(b.value());
          owned.add(b.var());
        }
      }
      case Stmt.If i -> {
        cond(i.cond());
        walk(i.then());
        walk(i.otherwise());
      }
      case Stmt.Loop l -> {
        cond(l.cond());
        walk(l.body());
        walk(l.update());
      }
      case Stmt.Range r -> walk(r.body());
      case Stmt.Try t -> {
        for (Stmt.Resource res : t.resources()) {
          walk(res.init());
          res.onClose().forEach(this::event);
        }
        walk(t.body());
        t.catches().forEach(c -> walk(c.body()));
        walk(t.finallyBlock());
      }
      case Stmt.Switch sw -> sw.cases().forEach(this::walk);
      case Stmt.Labeled l -> walk(l.body());
      default -> { }
    }
  }

  private void cond(Cond c) {
    switch (c) {
      case Cond.Not n -> cond(n.operand());
      case Cond.And a -> {
        cond(a.left());
        cond(a.right());
      }
      case Cond.Or o -> {
        cond(o.left());
        cond(o.right());
      }
      case Cond.Effects e -> e.events().forEach(this::event);
      default -> { }
    }
  }

  private void event(Event e) {
    switch (e) {
      case Event.New n -> {
        if (n.kind() == ObjKind.EXECUTOR && n.target() instanceof Ref.Local) {
          executors.put(n.target(), n);
        }
      }
      case Event.Cancel c -> owned.add(c.target());
      case Event.Join j -> owned.add(j.task());
      case Event.Escape x -> owned.add(x.object());
      case Event.Call c -> owned.addAll(c.args());
      case Event.Select s -> {
        s.cases().forEach(c -> walk(c.body()));
        walk(s.otherBody());
      }
      case Event.Start st -> {
        if (st.kind() == Event.StartKind.THREAD) {
          threads.add(st);
        }
        if (st.body() != null) {
          walk(st.body().body());
        }
      }
      default -> { }
    }
  }
}
