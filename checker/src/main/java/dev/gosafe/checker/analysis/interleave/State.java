package dev.gosafe.checker.analysis.interleave;

import java.util.Arrays;

/*
 * One abstract state of the explored system. Immutable once built (copy, edit, then share).
 *
 * procs: the processes started so far, in start order (index 0 is the method itself). A process is
 *   its spec (which body), its CFG node id (FINISHED / FAILED once done), the iteration counters of
 *   its constant loops, and the values of its boolean locals (0 false, 1 true, 2 unknown).
 * objs: SLOTS ints per simulated object (see Scope.Obj):
 *   channel/queue: [buffered count, closed (0/1), closing process + 1]
 *   counter:       [value, 0, 0]
 *   lock:          [exclusive holder + 1, hold count, shared holders]
 * handles: for each task handle, the index + 1 of the process it denotes (0: not started yet).
 */
final class State {
  static final int FINISHED = -1;
  static final int FAILED = -2;
  static final int SLOTS = 3;

  /** One process. */
  static final class Proc {
    final int spec;
    final int node;
    final int[] loops;
    final byte[] vars;

    Proc(int spec, int node, int[] loops, byte[] vars) {
      this.spec = spec;
      this.node = node;
      this.loops = loops;
      this.vars = vars;
    }

    boolean done() {
      return node < 0;
    }

    Proc at(int newNode) {
      return new Proc(spec, newNode, loops, vars);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Proc p && p.spec == spec && p.node == node && Arrays.equals(p.loops, loops)
          && Arrays.equals(p.vars, vars);
    }

    @Override
    public int hashCode() {
      return ((spec * 31 + node) * 31 + Arrays.hashCode(loops)) * 31 + Arrays.hashCode(vars);
    }
  }

  final Proc[] procs;
  final int[] objs;
  final int[] handles;
  private final int hash;

  State(Proc[] procs, int[] objs, int[] handles) {
    this.procs = procs;
    this.objs = objs;
    this.handles = handles;
    this.hash = (Arrays.hashCode(procs) * 31 + Arrays.hashCode(objs)) * 31 + Arrays.hashCode(handles);
  }

  /** A builder starting from this state. */
  Edit edit() {
    return new Edit(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof State s && s.hash == hash && Arrays.equals(s.procs, procs)
        && Arrays.equals(s.objs, objs) && Arrays.equals(s.handles, handles);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Copy-on-write editing of a state. */
  static final class Edit {
    Proc[] procs;
    int[] objs;
    int[] handles;

    Edit(State s) {
      procs = s.procs.clone();
      objs = s.objs.clone();
      handles = s.handles;
    }

    Edit spawn(Proc p) {
      procs = Arrays.copyOf(procs, procs.length + 1);
      procs[procs.length - 1] = p;
      return this;
    }

    Edit handle(int slot, int procIndex) {
      handles = handles.clone();
      handles[slot] = procIndex + 1;
      return this;
    }

    State build() {
      return new State(procs, objs, handles);
    }
  }
}
