package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.Ref;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of the cross-task rules: what happens at run time (which task waits on what, after
 * which step of the other), then the fix, one sentence each.
 */
final class Messages {
  private final Explorer explorer;

  Messages(Explorer explorer) {
    this.explorer = explorer;
  }

  /** A readable name for an object in messages. */
  static String name(Ref ref) {
    return switch (ref) {
      case Ref.Local l -> l.name();
      case Ref.Field f -> f.name();
      case Ref.Part p -> name(p.base()) + "." + p.part() + "Lock()";
      default -> "the object";
    };
  }

  private String proc(State s, int p) {
    return explorer.spec(s.procs[p]).name;
  }

  private String opText(Node n, Explorer.Op op) {
    Event e = n.event();
    return switch (op) {
      case SEND -> name(((Event.Send) e).channel()) + ".send()";
      case RECV -> name(((Event.Recv) e).channel()) + ".recv()";
      case RANGE -> "the loop over " + name(((Event.Recv) e).channel());
      case SELECT -> "the select at line " + n.pos().line();
      case AWAIT -> name(((Event.CounterAwait) e).counter()) + ".await()";
      case JOIN -> name(((Event.Join) e).task()) + ".join()";
      case LOCK -> "acquiring a lock";
      case OTHER -> "an operation";
    };
  }

  private static Ref channelOf(Node n) {
    return switch (n.event()) {
      case Event.Send e -> e.channel();
      case Event.Recv e -> e.channel();
      case Event.Select e -> e.cases().isEmpty() ? Ref.UNKNOWN : e.cases().get(0).channel();
      default -> Ref.UNKNOWN;
    };
  }

  /** What the other unfinished processes are doing, e.g. "main() waits in wg.await() at line 12". */
  private String others(State s, int q) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < s.procs.length; i++) {
      if (i == q || s.procs[i].done()) {
        continue;
      }
      Node n = explorer.node(s.procs[i]);
      Explorer.Op op = explorer.op(n);
      String what = op == Explorer.Op.LOCK && n.event() instanceof Event.Acquire a
          ? "waits to acquire " + name(a.lock())
          : "waits in " + opText(n, op);
      parts.add(proc(s, i) + " " + what + " at line " + n.pos().line());
    }
    return parts.isEmpty() ? "every other task has finished" : String.join(", ", parts);
  }

  String deadlock(State s, int q, Node n, Explorer.Op op) {
    String ch = name(channelOf(n));
    Scope.Obj o = explorer.scope.obj(channelOf(n));
    boolean unbuffered = o != null && o.capacity() == 0;
    String head = opText(n, op) + " in " + proc(s, q) + " blocks forever";
    String why;
    String fix;
    switch (op) {
      case SEND -> {
        why = unbuffered ? ch + " is unbuffered and no other task can receive from it any more"
            : "the buffer of " + ch + " is full and no other task can receive from it any more";
        fix = unbuffered
            ? "Receive from " + ch + " in a task that runs concurrently, or give " + ch
                + " a buffer large enough for every value sent."
            : "Give " + ch + " a buffer large enough for every value sent, or receive the values"
                + " concurrently.";
      }
      case RECV -> {
        why = "no other task can send to or close " + ch + " any more";
        fix = "Send to or close " + ch + " on every path of the task that produces its values.";
      }
      case RANGE -> {
        why = "nobody closes " + ch + ", so the loop waits for another value after the last one";
        fix = "Close " + ch + " after the last send (after the sender's loop, or after a WaitGroup"
            + " has awaited all senders).";
      }
      default -> {
        why = "none of its cases can ever become ready";
        fix = "Add a case that can become ready, such as ctx.done() or a timeout.";
      }
    }
    String lockHint = lockHeldBy(s, q);
    if (lockHint != null) {
      fix = "Release " + lockHint + " before blocking on " + ch + ": the task that would unblock it"
          + " waits for that lock.";
    }
    return head + ": " + why + " (" + others(s, q) + "). " + fix;
  }

  /** The name of a lock that q holds and another blocked process waits for, or null. */
  private String lockHeldBy(State s, int q) {
    for (int i = 0; i < s.procs.length; i++) {
      if (i == q || s.procs[i].done()) {
        continue;
      }
      Node n = explorer.node(s.procs[i]);
      if (n.kind() == Node.Kind.EVENT && n.event() instanceof Event.Acquire a) {
        Scope.Obj o = explorer.lockObj(a.lock());
        if (o != null && s.objs[o.index() * State.SLOTS] == q + 1) {
          return name(o.ref());
        }
      }
    }
    return null;
  }

  String leak(State s, int q, Node n, Explorer.Op op, List<Explorer.Step> trace) {
    String method = explorer.specs.get(0).name;
    String after = method + " returns";
    for (int i = trace.size() - 1; i >= 0; i--) {
      Explorer.Step st = trace.get(i);
      if (st.proc() == 0 && !st.what().equals("returns") && !st.what().startsWith("ends")) {
        after = method + " " + st.what() + " at line " + st.pos().line() + " and returns";
        break;
      }
    }
    String ch = name(channelOf(n));
    Scope.Obj o = explorer.scope.obj(channelOf(n));
    String head = "The task started here stays blocked forever in " + opText(n, op) + " at line "
        + n.pos().line() + " after " + after;
    String fix;
    switch (op) {
      case SEND -> fix = o != null && o.capacity() == 0
          ? "Give " + ch + " a buffer of 1 (Chan.make(1)) so the send completes without a"
              + " receiver, or select on ctx.done() in the task."
          : "Make the buffer of " + ch + " large enough for every value sent, or select on"
              + " ctx.done() in the task.";
      case RECV -> fix = "Send to or close " + ch + " on every path before returning, or select"
          + " on ctx.done() in the task.";
      case RANGE -> fix = "Close " + ch + " after the last send so that the task's loop ends.";
      case SELECT -> fix = "Add a case on ctx.done() to the select and cancel the context when "
          + method + " returns.";
      default -> fix = "Make sure what the task waits for happens on every path of " + method
          + ".";
    }
    String why = switch (op) {
      case SEND -> ": nothing receives from " + ch + " any more";
      case RECV -> ": nothing sends to or closes " + ch + " any more";
      case RANGE -> ": nobody closes " + ch;
      default -> "";
    };
    return head + why + ". " + fix;
  }

  String sendAfterClose(State s, int p, int closer, Scope.Obj o) {
    String ch = name(o.ref());
    return ch + ".send() in " + proc(s, p) + " can run after " + proc(s, closer) + " closed " + ch
        + ", and then throws ClosedChannelException. Close " + ch + " only after every sender has"
        + " finished (in the single sender after its last send, or after a WaitGroup awaits all"
        + " senders).";
  }

  String secondClose(State s, int p, int closer, Scope.Obj o) {
    String ch = name(o.ref());
    return ch + " can be closed here by " + proc(s, p) + " after " + proc(s, closer)
        + " already closed it, and the second close throws ClosedChannelException. Let exactly one"
        + " task close " + ch + " (the last sender, after a WaitGroup awaits the others).";
  }
}
