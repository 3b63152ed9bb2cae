package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.analysis.cfg.Cfg;
import dev.gosafe.checker.analysis.cfg.Edge;
import dev.gosafe.checker.analysis.cfg.EdgeKind;
import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * LockOrderInversion: for every method of a class and every task body it starts, walk the CFG
 * (normal edges, and the exceptional edge of a throw) with the set of locks held, and record an
 * order edge "B acquired while holding A" at each blocking acquire of B (tryLock never blocks, so
 * it only adds to the held set). A call to a method of the same class (Event.Call with sameClass)
 * acquires, while the caller's locks are held, every lock the callee acquires (transitively).
 * Two edges A->B and B->A whose modes conflict on both locks and that are not both taken under a
 * common third ("gate") lock form an inversion, reported once per lock pair at the inner acquire of
 * the order met later in the file.
 *
 * Locks are identified by this-fields (class-wide) or by locals (within one method and its tasks);
 * read/write parts map to their lock with the part's mode.
 */
final class LockOrder {
  private static final int MAX_VISITS = 10_000;

  /** A lock identity: the ref of the lock object, scoped to a method for locals. */
  private record Key(Ref ref, String scope) {}

  private record Held(Key key, Event.Mode mode, SourcePos pos) {}

  /** An edge: {@code second} acquired at {@code pos} while {@code first} was held. */
  private record Order(Held first, Key second, Event.Mode mode, SourcePos pos, Set<Key> held,
      MethodModel root, String callee) {}

  private record Acq(Key key, Event.Mode mode) {}

  private final ClassModel cls;
  private final Map<String, Set<Acq>> acquiresByName = new HashMap<>();
  private final List<Order> orders = new ArrayList<>();

  private LockOrder(ClassModel cls) {
    this.cls = cls;
  }

  /** The inversions in one class, with the method each is reported in. */
  static List<Map.Entry<MethodModel, Explorer.Report>> check(ClassModel cls) {
    LockOrder lo = new LockOrder(cls);
    if (!lo.summarise()) {
      return List.of();
    }
    for (MethodModel m : cls.methods()) {
      if (m.isLambda()) {
        continue;
      }
      lo.walkBody(m, m);
    }
    return lo.inversions();
  }

  // ------------------------------------------------------------------ callee summaries

  /** Computes what each method acquires; false when no method of the class acquires a lock. */
  private boolean summarise() {
    Map<String, Set<Acq>> direct = new HashMap<>();
    boolean anyLock = false;
    Map<String, Set<String>> calls = new HashMap<>();
    for (MethodModel m : cls.methods()) {
      if (m.isLambda()) {
        continue;
      }
      Set<Acq> acq = direct.computeIfAbsent(m.name(), k -> new LinkedHashSet<>());
      Set<String> callees = calls.computeIfAbsent(m.name(), k -> new LinkedHashSet<>());
      for (Node n : Cfg.of(m).nodes()) {
        if (n.kind() == Node.Kind.EVENT && n.event() instanceof Event.Acquire a) {
          anyLock = true;
          Key k = key(a.lock(), m);
          if (k != null && k.scope() == null) {
            acq.add(new Acq(k, a.mode()));
          }
        } else if (n.kind() == Node.Kind.EVENT && n.event() instanceof Event.Call c
            && c.sameClass()) {
          callees.add(calleeName(c));
        }
      }
    }
    // transitive closure over same-class calls
    for (String name : direct.keySet()) {
      Set<Acq> all = new LinkedHashSet<>();
      ArrayDeque<String> work = new ArrayDeque<>(List.of(name));
      Set<String> seen = new HashSet<>();
      while (!work.isEmpty()) {
        String cur = work.pop();
        if (!seen.add(cur)) {
          continue;
        }
        all.addAll(direct.getOrDefault(cur, Set.of()));
        work.addAll(calls.getOrDefault(cur, Set.of()));
      }
      acquiresByName.put(name, all);
    }
    return anyLock || hasTaskLocks();
  }

  /** Whether some task body started in the class acquires a lock (task bodies are not in the summaries). */
  private boolean hasTaskLocks() {
    for (MethodModel m : cls.methods()) {
      if (!m.isLambda() && tasksAcquire(m, 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean tasksAcquire(MethodModel m, int depth) {
    if (depth > 4) {
      return false;
    }
    for (Node n : Cfg.of(m).nodes()) {
      if (n.kind() == Node.Kind.EVENT && n.event() instanceof Event.Start st && st.body() != null
) {
        if (acquiresDirectly(st.body()) || tasksAcquire(st.body(), depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean acquiresDirectly(MethodModel m) {
    for (Node n : Cfg.of(m).nodes()) {
      if (n.kind() == Node.Kind.EVENT && n.event() instanceof Event.Acquire) {
        return true;
      }
    }
    return false;
  }

  private static String calleeName(Event.Call c) {
    int hash = c.callee().lastIndexOf('#');
    String name = hash >= 0 ? c.callee().substring(hash + 1) : c.callee();
    int paren = name.indexOf('(');
    return paren >= 0 ? name.substring(0, paren) : name;
  }

  private Key key(Ref ref, MethodModel root) {
    Ref base = ref instanceof Ref.Part p ? p.base() : ref;
    if (!base.isTracked()) {
      return null;
    }
    return switch (base) {
      case Ref.Field f -> new Key(base, null);
      case Ref.Local l -> new Key(base, root.owner() + "#" + root.signature());
      default -> null;
    };
  }

  // ------------------------------------------------------------------ walking bodies

  private void walkBody(MethodModel body, MethodModel root) {
    Cfg cfg = Cfg.of(body);
    record Item(Node node, List<Held> held) {}
    record Visit(int node, Set<Key> held) {}
    Set<Visit> visited = new HashSet<>();
    ArrayDeque<Item> work = new ArrayDeque<>();
    work.push(new Item(cfg.entry(), List.of()));
    int visits = 0;
    while (!work.isEmpty()) {
      Item it = work.pop();
      if (!visited.add(new Visit(it.node().id(), heldKeys(it.held())))) {
        continue;
      }
      if (++visits > MAX_VISITS) {
        return;
      }
      Node n = it.node();
      List<Held> held = it.held();
      if (n.kind() == Node.Kind.BRANCH && n.cond() instanceof Cond.TryAcquire t) {
        Key k = key(t.lock(), root);
        List<Held> with = k == null || holds(held, k) ? held : plus(held, new Held(k, t.mode(), t.pos()));
        push(work, n, EdgeKind.TRUE, with, Item::new);
        push(work, n, EdgeKind.FALSE, held, Item::new);
        continue;
      }
      if (n.kind() == Node.Kind.EVENT) {
        switch (n.event()) {
          case Event.Acquire a -> {
            Key k = key(a.lock(), root);
            if (k != null && !holds(held, k)) {
              for (Held h : held) {
                orders.add(new Order(h, k, a.mode(), a.pos(), heldKeys(held), root, null));
              }
              held = plus(held, new Held(k, a.mode(), a.pos()));
            }
          }
          case Event.Release r -> {
            Key k = key(r.lock(), root);
            if (k != null) {
              held = minus(held, k);
            }
          }
          case Event.Call c when c.sameClass() -> {
            for (Acq acq : acquiresByName.getOrDefault(calleeName(c), Set.of())) {
              if (!holds(held, acq.key())) {
                for (Held h : held) {
                  orders.add(new Order(h, acq.key(), acq.mode(), c.pos(), heldKeys(held), root,
                      calleeName(c)));
                }
              }
            }
          }
          case Event.Start s when s.body() != null -> walkBody(s.body(), root);
          default -> { }
        }
      }
      for (Edge e : n.out()) {
        if (e.kind() != EdgeKind.EXCEPTIONAL || n.kind() == Node.Kind.THROW) {
          work.push(new Item(e.target(), held));
        }
      }
    }
  }

  private static <T> void push(ArrayDeque<T> work, Node n, EdgeKind kind, List<Held> held,
      java.util.function.BiFunction<Node, List<Held>, T> make) {
    for (Node t : n.successors(kind)) {
      work.push(make.apply(t, held));
    }
  }

  private static boolean holds(List<Held> held, Key k) {
    return held.stream().anyMatch(h -> h.key().equals(k));
  }

  private static List<Held> plus(List<Held> held, Held h) {
    List<Held> out = new ArrayList<>(held);
    out.add(h);
    return List.copyOf(out);
  }

  private static List<Held> minus(List<Held> held, Key k) {
    List<Held> out = new ArrayList<>(held);
    out.removeIf(h -> h.key().equals(k));
    return List.copyOf(out);
  }

  private static Set<Key> heldKeys(List<Held> held) {
    Set<Key> out = new LinkedHashSet<>();
    held.forEach(h -> out.add(h.key()));
    return out;
  }

  // ------------------------------------------------------------------ inversions

  private static boolean conflict(Event.Mode a, Event.Mode b) {
    return a == Event.Mode.EXCLUSIVE || b == Event.Mode.EXCLUSIVE;
  }

  private List<Map.Entry<MethodModel, Explorer.Report>> inversions() {
    orders.sort(Comparator.comparingInt(o -> o.pos().offset()));
    Map<Set<Key>, Map.Entry<MethodModel, Explorer.Report>> byPair = new LinkedHashMap<>();
    for (Order ab : orders) {
      for (Order ba : orders) {
        if (!ab.first().key().equals(ba.second()) || !ab.second().equals(ba.first().key())) {
          continue;
        }
        // ab: A held (ab.first.mode), B acquired (ab.mode); ba: B held, A acquired.
        if (!conflict(ab.first().mode(), ba.mode()) || !conflict(ba.first().mode(), ab.mode())) {
          continue;
        }
        Set<Key> gate = new HashSet<>(ab.held());
        gate.retainAll(ba.held());
        gate.remove(ab.first().key());
        gate.remove(ab.second());
        if (!gate.isEmpty()) {
          continue;
        }
        Set<Key> pair = Set.of(ab.first().key(), ab.second());
        if (byPair.containsKey(pair)) {
          continue;
        }
        // report at the inner acquire of the order met later in the file
        Order later = ab.pos().offset() >= ba.pos().offset() ? ab : ba;
        Order earlier = later == ab ? ba : ab;
        byPair.put(pair, Map.entry(later.root(), report(later, earlier)));
      }
    }
    return new ArrayList<>(byPair.values());
  }

  private static Explorer.Report report(Order here, Order other) {
    String a = Messages.name(here.first().key().ref());
    String b = Messages.name(here.second().ref());
    String inner = here.callee() == null ? b + " is acquired" : b + " is acquired (in "
        + here.callee() + "())";
    String otherInner = other.callee() == null ? "acquires " + a : "acquires " + a + " (in "
        + other.callee() + "())";
    String message = "Here " + inner + " while " + a + " is held, but " + other.root().name()
        + "() at line " + other.pos().line() + " " + otherInner + " while holding " + b
        + ": two tasks running these paths at once can each take one lock and wait forever for"
        + " the other. Acquire " + a + " and " + b + " in one fixed order everywhere (or release "
        + a + " before taking " + b + ").";
    String t1 = here.root().name() + "()";
    String t2 = other.root().name() + "()" + (other.root() == here.root() ? " (another call)" : "");
    List<Finding.Step> flow = List.of(
        new Finding.Step(here.first().pos(), t1, "acquires " + a),
        new Finding.Step(other.first().pos(), t2, "acquires " + b),
        new Finding.Step(here.pos(), t1, "waits for " + b + ", held by " + t2),
        new Finding.Step(other.pos(), t2, "waits for " + a + ", held by " + t1));
    return new Explorer.Report("LockOrderInversion", here.pos(), message, flow);
  }
}
