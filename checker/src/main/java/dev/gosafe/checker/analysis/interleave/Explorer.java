package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.analysis.cfg.EdgeKind;
import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/*
 * Breadth-first exploration of the interleavings of a method and the tasks it starts.
 *
 * Processes run their CFGs (analysis/cfg) over the shared objects of a Scope. Only NORMAL, TRUE and
 * FALSE edges are followed, plus the EXCEPTIONAL edge of a throw statement and of the operations
 * that certainly throw here (send on a closed channel, second close, unlock of an unheld lock):
 * assuming arbitrary calls may throw would make every started task "leak" on some path, which is
 * the opposite of the precision policy.
 *
 * Reduction: steps that only touch process-local state (branches, assignments, calls, operations on
 * unmodelled objects, starting a task) are independent of every other process and cannot be
 * disabled, so when some process has one, only that process is expanded (a persistent set of size
 * one). Visible steps (operations on modelled channels, counters, locks, joins) interleave fully.
 * States are hashed. A terminal state (no process can move) with blocked processes is a finding:
 * a blocked channel operation while the method itself has not finished is a ChannelDeadlock; a
 * task still blocked after the method finished is a LeakedTask. Transitions that send on a channel
 * another process closed, or close it a second time, are cross-task ChannelCloseMisuse.
 */
final class Explorer {
  /** One step of a trace. */
  record Step(SourcePos pos, int proc, String what) {}

  /** A raw finding: rule, position, message, trace. */
  record Report(String rule, SourcePos pos, String message, List<Finding.Step> flow) {}

  record Succ(State state, List<Step> steps, Report misuse) {}

  private record Parent(State prev, List<Step> steps) {}

  /**
   * The clock is consulted only after this many states, so that small explorations (nearly all)
   * complete the same way on a cold JVM as on a warm one; the time limit guards the rest.
   */
  static final int TIME_CHECK_FROM = 4096;

  final Scope scope;
  final List<Spec> specs = new ArrayList<>();
  private final Map<Event.Start, Integer> specOf;
  private final Map<Ref, Integer> handleSlot = new HashMap<>();
  private final int maxStates;
  private final long maxNanos;
  final Messages messages;
  private final ChannelSteps channels = new ChannelSteps(this);
  int explored;
  boolean exceeded;

  Explorer(Scope scope, int maxStates, long maxMillis) {
    this.scope = scope;
    this.maxStates = maxStates;
    this.maxNanos = maxMillis * 1_000_000L;
    specs.add(new Spec(0, scope.root, null));
    for (Event.Start s : scope.starts) {
      specs.add(new Spec(specs.size(), s.body(), s));
    }
    specOf = Spec.indexByIdentity(specs);
    for (Ref h : scope.handles.keySet()) {
      handleSlot.put(h, handleSlot.size());
    }
    messages = new Messages(this);
  }

  /** Explores; returns the reports, or nothing when the budget ran out. */
  List<Report> run() {
    long t0 = System.nanoTime();
    State init = initial();
    Map<State, Parent> seen = new HashMap<>();
    seen.put(init, null);
    ArrayDeque<State> queue = new ArrayDeque<>();
    queue.add(init);
    Map<String, Report> reports = new LinkedHashMap<>();
    while (!queue.isEmpty()) {
      explored++;
      if (seen.size() > maxStates || exceeded || (explored >= TIME_CHECK_FROM
          && (explored & 127) == 0 && System.nanoTime() - t0 > maxNanos)) {
        exceeded = true;
        return List.of();
      }
      State s = queue.poll();
      List<Succ> succs = successors(s);
      if (succs.isEmpty()) {
        for (Report r : terminal(s, () -> trace(seen, s))) {
          reports.putIfAbsent(r.rule() + "@" + r.pos().offset(), r);
        }
        continue;
      }
      for (Succ x : succs) {
        if (x.misuse() != null) {
          String key = x.misuse().rule() + "@" + x.misuse().pos().offset();
          if (!reports.containsKey(key)) {
            List<Step> flow = new ArrayList<>(trace(seen, s));
            flow.addAll(x.steps());
            reports.put(key, new Report(x.misuse().rule(), x.misuse().pos(), x.misuse().message(),
                named(flow, x.state())));
          }
        }
        if (!seen.containsKey(x.state())) {
          seen.put(x.state(), new Parent(s, x.steps()));
          queue.add(x.state());
        }
      }
    }
    return exceeded ? List.of() : new ArrayList<>(reports.values());
  }

  /** The steps with task names (process indexes are stable: processes are only ever appended). */
  List<Finding.Step> named(List<Step> steps, State s) {
    List<Finding.Step> out = new ArrayList<>(steps.size());
    for (Step st : steps) {
      String task = st.proc() < s.procs.length ? spec(s.procs[st.proc()]).shortName() : "task";
      out.add(new Finding.Step(st.pos(), task, st.what()));
    }
    return out;
  }

  private List<Step> trace(Map<State, Parent> seen, State s) {
    ArrayDeque<List<Step>> parts = new ArrayDeque<>();
    for (Parent p = seen.get(s); p != null; p = seen.get(p.prev())) {
      parts.push(p.steps());
    }
    List<Step> out = new ArrayList<>();
    parts.forEach(out::addAll);
    return out;
  }

  // ------------------------------------------------------------------ initial state

  private State initial() {
    Spec main = specs.get(0);
    State.Proc p = new State.Proc(0, main.cfg.entry().id(), new int[main.countedHeads.size()],
        unknownVars(main));
    int[] objs = new int[scope.objects.size() * State.SLOTS];
    for (Scope.Obj o : scope.objects.values()) {
      if (o.isCounter()) {
        objs[o.index() * State.SLOTS] = (int) o.initial();
      }
    }
    return new State(new State.Proc[] {p}, objs, new int[handleSlot.size()]);
  }

  private static byte[] unknownVars(Spec s) {
    byte[] v = new byte[s.vars.size()];
    Arrays.fill(v, (byte) 2);
    return v;
  }

  // ------------------------------------------------------------------ successors

  private List<Succ> successors(State s) {
    for (int p = 0; p < s.procs.length; p++) {
      State.Proc pr = s.procs[p];
      if (!pr.done() && isLocal(pr, node(pr))) {
        return local(s, p, node(pr));
      }
    }
    List<Succ> out = new ArrayList<>();
    for (int p = 0; p < s.procs.length; p++) {
      State.Proc pr = s.procs[p];
      if (!pr.done()) {
        visible(s, p, node(pr), out);
      }
    }
    return out;
  }

  Node node(State.Proc p) {
    return specs.get(p.spec).node(p.node);
  }

  Spec spec(State.Proc p) {
    return specs.get(p.spec);
  }

  /** The simulated object of a lock ref (a read/write part maps to its lock). */
  Scope.Obj lockObj(Ref ref) {
    return ref instanceof Ref.Part part ? scope.obj(part.base()) : scope.obj(ref);
  }

  private boolean isLocal(State.Proc pr, Node n) {
    return switch (n.kind()) {
      case BRANCH -> !(n.cond() instanceof Cond.TryAcquire t && lockObj(t.lock()) != null);
      case EVENT -> switch (n.event()) {
        case Event.Send e -> scope.obj(e.channel()) == null;
        case Event.Recv e -> scope.obj(e.channel()) == null;
        case Event.Close e -> scope.obj(e.channel()) == null;
        case Event.CounterAdd e -> scope.obj(e.counter()) == null;
        case Event.CounterDone e -> scope.obj(e.counter()) == null;
        case Event.CounterAwait e -> scope.obj(e.counter()) == null;
        case Event.Acquire e -> lockObj(e.lock()) == null;
        case Event.Release e -> lockObj(e.lock()) == null;
        case Event.Select e -> e.cases().stream().allMatch(c -> scope.obj(c.channel()) == null);
        case Event.Start e -> !(e.kind() == Event.StartKind.WAIT_GROUP_GO
            && scope.obj(e.via()) != null && specOf.containsKey(e));
        case Event.Join e -> e.timed() || joinTarget(e) == null;
        default -> true;
      };
      default -> true;
    };
  }

  /** What a join waits for: a handle slot (Integer) or an ErrGroup object, or null if unknown. */
  private Object joinTarget(Event.Join j) {
    Integer slot = handleSlot.get(j.task());
    if (slot != null && !scope.tainted.contains(j.task())) {
      return slot;
    }
    Scope.Obj o = scope.obj(j.task());
    return o != null && o.kind() == ObjKind.ERR_GROUP ? o : null;
  }

  private List<Succ> local(State s, int p, Node n) {
    List<Succ> out = new ArrayList<>();
    State.Proc pr = s.procs[p];
    Spec sp = spec(pr);
    switch (n.kind()) {
      case ASSIGN -> {
        State.Edit e = s.edit();
        Stmt.Assign a = n.assign();
        Integer slot = sp.vars.get(a.var());
        byte[] vars = pr.vars.clone();
        if (slot != null) {
          vars[slot] = a.value() instanceof Cond.Const c ? (byte) (c.value() ? 1 : 0) : 2;
        }
        e.procs[p] = new State.Proc(pr.spec, pr.node, pr.loops, vars);
        List<Step> steps = new ArrayList<>();
        move(e, p, n, first(n, EdgeKind.NORMAL), steps);
        out.add(new Succ(e.build(), steps, null));
      }
      case THROW -> {
        State.Edit e = s.edit();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(n.pos(), p, "throws"));
        move(e, p, n, first(n, EdgeKind.EXCEPTIONAL), steps);
        out.add(new Succ(e.build(), steps, null));
      }
      case BRANCH -> {
        int[] test = sp.loopTests.get(n.id());
        Boolean fixed = null;
        if (test != null) {
          fixed = pr.loops[test[0]] < test[1];
        } else if (n.cond() instanceof Cond.Var v && sp.vars.containsKey(v.var())
            && pr.vars[sp.vars.get(v.var())] != 2) {
          fixed = pr.vars[sp.vars.get(v.var())] == 1;
        }
        for (boolean b : new boolean[] {true, false}) {
          if (fixed != null && fixed != b) {
            continue;
          }
          State.Edit e = s.edit();
          if (test != null && b) {
            int[] loops = pr.loops.clone();
            loops[test[0]]++;
            e.procs[p] = new State.Proc(pr.spec, pr.node, loops, pr.vars);
          }
          List<Step> steps = new ArrayList<>();
          move(e, p, n, first(n, b ? EdgeKind.TRUE : EdgeKind.FALSE), steps);
          out.add(new Succ(e.build(), steps, null));
        }
      }
      case EVENT -> {
        Event ev = n.event();
        if (ev instanceof Event.Select) {
          List<Node> next = n.successors(EdgeKind.NORMAL);
          for (Node t : next) {
            State.Edit e = s.edit();
            List<Step> steps = new ArrayList<>();
            move(e, p, n, t, steps);
            out.add(new Succ(e.build(), steps, null));
          }
          break;
        }
        State.Edit e = s.edit();
        List<Step> steps = new ArrayList<>();
        if (ev instanceof Event.Start st && specOf.containsKey(st)) {
          spawn(e, p, st, steps);
        }
        move(e, p, n, first(n, EdgeKind.NORMAL), steps);
        out.add(new Succ(e.build(), steps, null));
      }
      default -> {
        // ENTRY, NOP, BIND
        State.Edit e = s.edit();
        List<Step> steps = new ArrayList<>();
        if (n.origin() instanceof Stmt.Return) {
          steps.add(new Step(n.pos(), p, "returns"));
        }
        move(e, p, n, first(n, EdgeKind.NORMAL), steps);
        out.add(new Succ(e.build(), steps, null));
      }
    }
    return out;
  }

  private void spawn(State.Edit e, int p, Event.Start st, List<Step> steps) {
    int idx = specOf.get(st);
    Spec sp = specs.get(idx);
    if (e.procs.length >= InterleaveStats.MAX_PROCESSES) {
      exceeded = true;
      return;
    }
    e.spawn(new State.Proc(idx, sp.cfg.entry().id(), new int[sp.countedHeads.size()],
        unknownVars(sp)));
    Integer slot = handleSlot.get(st.handle());
    if (slot != null) {
      e.handle(slot, e.procs.length - 1);
    }
    steps.add(new Step(st.pos(), p, "starts " + sp.shortName()));
  }

  static Node first(Node n, EdgeKind kind) {
    List<Node> l = n.successors(kind);
    return l.isEmpty() ? null : l.get(0);
  }

  /** Moves process p from node {@code from} to {@code to} (null: the process ends abruptly). */
  void move(State.Edit e, int p, Node from, Node to, List<Step> steps) {
    State.Proc pr = e.procs[p];
    Spec sp = spec(pr);
    if (to == null || to.kind() == Node.Kind.EXCEPTIONAL_EXIT) {
      finish(e, p, State.FAILED, from, steps);
      return;
    }
    if (to.kind() == Node.Kind.NORMAL_EXIT) {
      finish(e, p, State.FINISHED, from, steps);
      return;
    }
    int[] loops = pr.loops;
    Integer ordinal = sp.countedHeads.get(to.id());
    if (ordinal != null && to.id() > from.id()) {
      loops = loops.clone();
      loops[ordinal] = 0;
    }
    e.procs[p] = new State.Proc(pr.spec, to.id(), loops, pr.vars);
  }

  private void finish(State.Edit e, int p, int how, Node from, List<Step> steps) {
    State.Proc pr = e.procs[p];
    Spec sp = spec(pr);
    e.procs[p] = new State.Proc(pr.spec, how, new int[0], new byte[0]);
    if (sp.start != null && sp.start.kind() == Event.StartKind.WAIT_GROUP_GO) {
      Scope.Obj wg = scope.obj(sp.start.via());
      if (wg != null) {
        e.objs[wg.index() * State.SLOTS]--;
      }
    }
    if (p == 0 && !(from.origin() instanceof Stmt.Return)) {
      steps.add(new Step(from.pos(), p, how == State.FINISHED ? "returns" : "ends with an exception"));
    }
  }

  // ------------------------------------------------------------------ visible steps

  private void visible(State s, int p, Node n, List<Succ> out) {
    if (n.kind() == Node.Kind.BRANCH && n.cond() instanceof Cond.TryAcquire t) {
      Scope.Obj o = lockObj(t.lock());
      State.Edit e = s.edit();
      List<Step> steps = new ArrayList<>();
      boolean got = acquire(e, p, o, t.mode(), steps, t.pos(), true);
      move(e, p, n, first(n, got ? EdgeKind.TRUE : EdgeKind.FALSE), steps);
      out.add(new Succ(e.build(), steps, null));
      return;
    }
    Event ev = n.event();
    switch (ev) {
      case Event.Send snd -> channels.send(s, p, n, scope.obj(snd.channel()), first(n, EdgeKind.NORMAL),
          snd.pos(), out);
      case Event.Recv rcv -> channels.recvAlone(s, p, n, scope.obj(rcv.channel()), ChannelSteps.valueSucc(n),
          ChannelSteps.closedSucc(n), out);
      case Event.Close c -> {
        Scope.Obj o = scope.obj(c.channel());
        int b = o.index() * State.SLOTS;
        State.Edit e = s.edit();
        List<Step> steps = new ArrayList<>();
        Report misuse = null;
        if (s.objs[b + 1] == 1) {
          int closer = s.objs[b + 2] - 1;
          if (closer != p) {
            misuse = new Report("ChannelCloseMisuse", c.pos(),
                messages.secondClose(s, p, closer, o), List.of());
          }
          steps.add(new Step(c.pos(), p, "closes " + Messages.name(o.ref()) + " again"));
          move(e, p, n, first(n, EdgeKind.EXCEPTIONAL), steps);
        } else {
          e.objs[b + 1] = 1;
          e.objs[b + 2] = p + 1;
          steps.add(new Step(c.pos(), p, "closes " + Messages.name(o.ref())));
          move(e, p, n, first(n, EdgeKind.NORMAL), steps);
        }
        out.add(new Succ(e.build(), steps, misuse));
      }
      case Event.CounterAdd a -> {
        State.Edit e = s.edit();
        Scope.Obj o = scope.obj(a.counter());
        long d = ((Count.Const) a.delta()).value();
        e.objs[o.index() * State.SLOTS] += (int) d;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(a.pos(), p, "adds " + d + " to " + Messages.name(o.ref())));
        move(e, p, n, e.objs[o.index() * State.SLOTS] < 0 ? first(n, EdgeKind.EXCEPTIONAL)
            : first(n, EdgeKind.NORMAL), steps);
        out.add(new Succ(e.build(), steps, null));
      }
      case Event.CounterDone d -> {
        State.Edit e = s.edit();
        Scope.Obj o = scope.obj(d.counter());
        int b = o.index() * State.SLOTS;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(d.pos(), p, "counts down " + Messages.name(o.ref())));
        if (o.kind() == ObjKind.LATCH) {
          e.objs[b] = Math.max(0, e.objs[b] - 1);
          move(e, p, n, first(n, EdgeKind.NORMAL), steps);
        } else if (e.objs[b] <= 0) {
          move(e, p, n, first(n, EdgeKind.EXCEPTIONAL), steps);
        } else {
          e.objs[b]--;
          move(e, p, n, first(n, EdgeKind.NORMAL), steps);
        }
        out.add(new Succ(e.build(), steps, null));
      }
      case Event.CounterAwait w -> {
        Scope.Obj o = scope.obj(w.counter());
        if (s.objs[o.index() * State.SLOTS] <= 0) {
          State.Edit e = s.edit();
          List<Step> steps = new ArrayList<>();
          steps.add(new Step(w.pos(), p, "passes " + Messages.name(o.ref()) + ".await()"));
          move(e, p, n, first(n, EdgeKind.NORMAL), steps);
          out.add(new Succ(e.build(), steps, null));
        }
      }
      case Event.Acquire a -> {
        State.Edit e = s.edit();
        List<Step> steps = new ArrayList<>();
        Scope.Obj o = lockObj(a.lock());
        int b = o.index() * State.SLOTS;
        boolean selfHeld = s.objs[b] == p + 1;
        if (selfHeld && !o.kind().reentrant()) {
          move(e, p, n, first(n, EdgeKind.EXCEPTIONAL), steps);
          out.add(new Succ(e.build(), steps, null));
        } else if (acquire(e, p, o, a.mode(), steps, a.pos(), false)) {
          move(e, p, n, first(n, EdgeKind.NORMAL), steps);
          out.add(new Succ(e.build(), steps, null));
        }
      }
      case Event.Release r -> {
        State.Edit e = s.edit();
        List<Step> steps = new ArrayList<>();
        Scope.Obj o = lockObj(r.lock());
        int b = o.index() * State.SLOTS;
        boolean ok;
        if (r.mode() == Event.Mode.SHARED) {
          ok = e.objs[b + 2] > 0;
          if (ok) {
            e.objs[b + 2]--;
          }
        } else {
          ok = e.objs[b] == p + 1;
          if (ok && --e.objs[b + 1] == 0) {
            e.objs[b] = 0;
          }
        }
        steps.add(new Step(r.pos(), p, "releases " + Messages.name(o.ref())));
        move(e, p, n, first(n, ok ? EdgeKind.NORMAL : EdgeKind.EXCEPTIONAL), steps);
        out.add(new Succ(e.build(), steps, null));
      }
      case Event.Select sel -> channels.select(s, p, n, sel, out);
      case Event.Start st -> {
        State.Edit e = s.edit();
        Scope.Obj wg = scope.obj(st.via());
        e.objs[wg.index() * State.SLOTS]++;
        List<Step> steps = new ArrayList<>();
        spawn(e, p, st, steps);
        move(e, p, n, first(n, EdgeKind.NORMAL), steps);
        out.add(new Succ(e.build(), steps, null));
      }
      case Event.Join j -> {
        if (joinDone(s, joinTarget(j))) {
          State.Edit e = s.edit();
          List<Step> steps = new ArrayList<>();
          steps.add(new Step(j.pos(), p, "joins " + Messages.name(j.task())));
          move(e, p, n, first(n, EdgeKind.NORMAL), steps);
          out.add(new Succ(e.build(), steps, null));
        }
      }
      default -> { }
    }
  }

  private boolean joinDone(State s, Object target) {
    if (target instanceof Integer slot) {
      int proc = s.handles[slot] - 1;
      return proc >= 0 && s.procs[proc].done();
    }
    Scope.Obj group = (Scope.Obj) target;
    for (State.Proc pr : s.procs) {
      Spec sp = spec(pr);
      if (sp.start != null && group.ref().equals(sp.start.via()) && !pr.done()) {
        return false;
      }
    }
    return true;
  }

  /** Acquires if possible (mutating e); returns whether it was. */
  private boolean acquire(State.Edit e, int p, Scope.Obj o, Event.Mode mode, List<Step> steps,
      SourcePos pos, boolean isTry) {
    int b = o.index() * State.SLOTS;
    int holder = e.objs[b];
    boolean can;
    if (mode == Event.Mode.SHARED) {
      can = holder == 0 || (holder == p + 1 && o.kind().reentrant());
      if (can) {
        e.objs[b + 2]++;
      }
    } else {
      can = (holder == 0 && e.objs[b + 2] == 0) || (holder == p + 1 && o.kind().reentrant());
      if (can) {
        e.objs[b] = p + 1;
        e.objs[b + 1]++;
      }
    }
    if (can) {
      steps.add(new Step(pos, p, "acquires " + Messages.name(o.ref())));
    } else if (isTry) {
      steps.add(new Step(pos, p, "fails to acquire " + Messages.name(o.ref())));
    }
    return can;
  }

  // ------------------------------------------------------------------ terminal states

  /** What a blocked process waits in. */
  enum Op { SEND, RECV, RANGE, SELECT, AWAIT, JOIN, LOCK, OTHER }

  Op op(Node n) {
    if (n.kind() == Node.Kind.BRANCH) {
      return Op.LOCK;
    }
    if (n.kind() != Node.Kind.EVENT) {
      return Op.OTHER;
    }
    return switch (n.event()) {
      case Event.Send e -> Op.SEND;
      case Event.Recv e -> ChannelSteps.isRangeTest(first(n, EdgeKind.NORMAL)) ? Op.RANGE : Op.RECV;
      case Event.Select e -> Op.SELECT;
      case Event.CounterAwait e -> Op.AWAIT;
      case Event.Join e -> Op.JOIN;
      case Event.Acquire e -> Op.LOCK;
      default -> Op.OTHER;
    };
  }

  private List<Report> terminal(State s, java.util.function.Supplier<List<Step>> traceOf) {
    List<Report> out = new ArrayList<>();
    boolean mainDone = s.procs[0].done();
    List<Step> trace = null;
    for (int q = 0; q < s.procs.length; q++) {
      State.Proc qr = s.procs[q];
      if (qr.done()) {
        continue;
      }
      Node n = node(qr);
      Op op = op(n);
      boolean channelOp = op == Op.SEND || op == Op.RECV || op == Op.RANGE || op == Op.SELECT;
      if (mainDone && (channelOp || op == Op.AWAIT || op == Op.JOIN)) {
        if (trace == null) {
          trace = traceOf.get();
        }
        List<Step> flow = new ArrayList<>(trace);
        flow.add(new Step(n.pos(), q, "blocks forever"));
        SourcePos at = spec(qr).start.pos();
        out.add(new Report("LeakedTask", at, messages.leak(s, q, n, op, trace), named(flow, s)));
      } else if (!mainDone && channelOp) {
        if (trace == null) {
          trace = traceOf.get();
        }
        List<Step> flow = new ArrayList<>(trace);
        for (int other = 0; other < s.procs.length; other++) {
          if (other != q && !s.procs[other].done()) {
            flow.add(new Step(node(s.procs[other]).pos(), other, "waits here"));
          }
        }
        flow.add(new Step(n.pos(), q, "blocks forever"));
        out.add(new Report("ChannelDeadlock", n.pos(), messages.deadlock(s, q, n, op),
            named(flow, s)));
      }
    }
    return out;
  }
}
