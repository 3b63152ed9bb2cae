package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.analysis.cfg.EdgeKind;
import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The channel and queue steps of the {@link Explorer}: buffered and unbuffered sends (an unbuffered
 * send is a joint step of the sender and one ready receiver, generated from the sender's side),
 * receives, range-loop receives, and selects (a default case is enabled only when no case is
 * ready; a timeout case always is). A send on a channel another process closed is a cross-task
 * ChannelCloseMisuse and continues on the exceptional edge.
 */
final class ChannelSteps {
  private static final int QUEUE_LIMIT = 16;

  private final Explorer explorer;

  ChannelSteps(Explorer explorer) {
    this.explorer = explorer;
  }

  /** Where a receive goes with a value (into a range loop's body when it is one). */
  static Node valueSucc(Node recv) {
    Node next = Explorer.first(recv, EdgeKind.NORMAL);
    return isRangeTest(next) ? Explorer.first(next, EdgeKind.TRUE) : next;
  }

  /** Where a receive goes when the channel is closed and drained (out of a range loop). */
  static Node closedSucc(Node recv) {
    Node next = Explorer.first(recv, EdgeKind.NORMAL);
    return isRangeTest(next) ? Explorer.first(next, EdgeKind.FALSE) : next;
  }

  static boolean isRangeTest(Node n) {
    return n != null && n.kind() == Node.Kind.BRANCH && n.origin() instanceof Stmt.Range;
  }

  void send(State s, int p, Node n, Scope.Obj o, Node succ, SourcePos pos, List<Explorer.Succ> out) {
    int b = o.index() * State.SLOTS;
    String name = Messages.name(o.ref());
    if (s.objs[b + 1] == 1) {
      int closer = s.objs[b + 2] - 1;
      Explorer.Report misuse = closer == p ? null
          : new Explorer.Report("ChannelCloseMisuse", pos, explorer.messages.sendAfterClose(s, p, closer, o),
              List.of());
      State.Edit e = s.edit();
      List<Explorer.Step> steps = new ArrayList<>();
      steps.add(new Explorer.Step(pos, p, "sends on closed " + name));
      explorer.move(e, p, n, Explorer.first(n, EdgeKind.EXCEPTIONAL), steps);
      out.add(new Explorer.Succ(e.build(), steps, misuse));
      return;
    }
    long cap = o.capacity();
    if (cap != 0) {
      if (cap < 0 && s.objs[b] >= QUEUE_LIMIT) {
        explorer.exceeded = true;
        return;
      }
      if (cap < 0 || s.objs[b] < cap) {
        State.Edit e = s.edit();
        e.objs[b]++;
        List<Explorer.Step> steps = new ArrayList<>();
        steps.add(new Explorer.Step(pos, p, "sends on " + name));
        explorer.move(e, p, n, succ, steps);
        out.add(new Explorer.Succ(e.build(), steps, null));
      }
      return;
    }
    for (int q = 0; q < s.procs.length; q++) {
      State.Proc qr = s.procs[q];
      if (q == p || qr.done()) {
        continue;
      }
      Node qn = explorer.node(qr);
      for (Node target : recvOffers(qn, o)) {
        State.Edit e = s.edit();
        List<Explorer.Step> steps = new ArrayList<>();
        steps.add(new Explorer.Step(pos, p, "sends on " + name));
        steps.add(new Explorer.Step(qn.pos(), q, "receives from " + name));
        explorer.move(e, p, n, succ, steps);
        explorer.move(e, q, qn, target, steps);
        out.add(new Explorer.Succ(e.build(), steps, null));
      }
    }
  }

  /** The successors through which process node {@code qn} can receive from {@code o} now. */
  private List<Node> recvOffers(Node qn, Scope.Obj o) {
    if (qn.kind() != Node.Kind.EVENT) {
      return List.of();
    }
    if (qn.event() instanceof Event.Recv r && explorer.scope.obj(r.channel()) == o) {
      return List.of(valueSucc(qn));
    }
    if (qn.event() instanceof Event.Select sel) {
      List<Node> out = new ArrayList<>();
      List<Node> next = qn.successors(EdgeKind.NORMAL);
      for (int i = 0; i < sel.cases().size(); i++) {
        Event.SelectCase c = sel.cases().get(i);
        if (!c.isSend() && explorer.scope.obj(c.channel()) == o) {
          out.add(next.get(i));
        }
      }
      return out;
    }
    return List.of();
  }

  /** Whether some other process offers to send on unbuffered {@code o} now. */
  private boolean hasSender(State s, int p, Scope.Obj o) {
    for (int q = 0; q < s.procs.length; q++) {
      State.Proc qr = s.procs[q];
      if (q == p || qr.done()) {
        continue;
      }
      Node qn = explorer.node(qr);
      if (qn.kind() != Node.Kind.EVENT) {
        continue;
      }
      if (qn.event() instanceof Event.Send snd && explorer.scope.obj(snd.channel()) == o) {
        return true;
      }
      if (qn.event() instanceof Event.Select sel) {
        for (Event.SelectCase c : sel.cases()) {
          if (c.isSend() && explorer.scope.obj(c.channel()) == o) {
            return true;
          }
        }
      }
    }
    return false;
  }

  void recvAlone(State s, int p, Node n, Scope.Obj o, Node value, Node closed,
      List<Explorer.Succ> out) {
    int b = o.index() * State.SLOTS;
    String name = Messages.name(o.ref());
    if (s.objs[b] > 0) {
      State.Edit e = s.edit();
      e.objs[b]--;
      List<Explorer.Step> steps = new ArrayList<>();
      steps.add(new Explorer.Step(n.pos(), p, "receives from " + name));
      explorer.move(e, p, n, value, steps);
      out.add(new Explorer.Succ(e.build(), steps, null));
    } else if (s.objs[b + 1] == 1) {
      State.Edit e = s.edit();
      List<Explorer.Step> steps = new ArrayList<>();
      steps.add(new Explorer.Step(n.pos(), p, "sees " + name + " closed"));
      explorer.move(e, p, n, closed, steps);
      out.add(new Explorer.Succ(e.build(), steps, null));
    }
  }

  void select(State s, int p, Node n, Event.Select sel, List<Explorer.Succ> out) {
    List<Node> next = n.successors(EdgeKind.NORMAL);
    int before = out.size();
    boolean ready = false;
    for (int i = 0; i < sel.cases().size(); i++) {
      Event.SelectCase c = sel.cases().get(i);
      Scope.Obj o = explorer.scope.obj(c.channel());
      Node target = next.get(i);
      if (o == null) {
        State.Edit e = s.edit();
        List<Explorer.Step> steps = new ArrayList<>();
        explorer.move(e, p, n, target, steps);
        out.add(new Explorer.Succ(e.build(), steps, null));
        ready = true;
      } else if (c.isSend()) {
        int size = out.size();
        send(s, p, n, o, target, c.pos(), out);
        ready |= out.size() > size;
      } else {
        int size = out.size();
        recvAlone(s, p, n, o, target, target, out);
        ready |= out.size() > size || (o.capacity() == 0 && hasSender(s, p, o));
      }
    }
    ready |= out.size() > before;
    boolean other = sel.hasTimeout() || (sel.hasDefault() && !ready) || sel.cases().isEmpty();
    if (other && next.size() > sel.cases().size()) {
      State.Edit e = s.edit();
      List<Explorer.Step> steps = new ArrayList<>();
      steps.add(new Explorer.Step(sel.pos(), p, sel.hasTimeout() ? "takes the timeout case"
          : "takes the default case"));
      explorer.move(e, p, n, next.get(sel.cases().size()), steps);
      out.add(new Explorer.Succ(e.build(), steps, null));
    }
  }
}
