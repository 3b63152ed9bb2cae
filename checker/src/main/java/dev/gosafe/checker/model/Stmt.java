package dev.gosafe.checker.model;

import java.util.List;

/**
 * A statement of the structured model. Front ends map Java statements one to one where a form
 * exists here, desugar the rest ({@code synchronized} into {@link #synchronizedBlock}), and drop
 * statements that do nothing concurrency-relevant except for the {@link Event.Call}s they make.
 */
public sealed interface Stmt {

  /** Statements in order. */
  record Block(List<Stmt> stmts) implements Stmt {}

  /** An event (a recognised operation or an ordinary call) evaluated for its effect. */
  record Do(Event event) implements Stmt {}

  /**
   * A boolean local gets a value: {@code boolean locked = lock.tryLock();}, {@code ok = false;}.
   * Front ends emit it for every assignment to a boolean local ({@link Cond#UNKNOWN} when the
   * value is not understood), so stale knowledge is never kept.
   */
  record Assign(Ref.Local var, Cond value, SourcePos pos) implements Stmt {}

  /**
   * A local starts to denote the same object as {@code value} ({@code Lock l = this.lock;}), or an
   * unknown one when {@code value} is {@link Ref.Unknown}. Emitted for locals of concurrency types.
   */
  record Bind(Ref.Local var, Ref value, SourcePos pos) implements Stmt {}

  record If(Cond cond, Stmt then, Stmt otherwise, SourcePos pos) implements Stmt {}

  /**
   * {@code while}, {@code for}, {@code do-while}, and {@code for (x : collection)}.
   * {@code cond} is tested before each iteration ({@code condFirst}) or after ({@code do-while});
   * {@code update} runs after the body ({@code for}'s update, or an empty block).
   * {@code trips} is the number of iterations when the front end can tell (a constant bound, a
   * symbolic size for for-each over a local collection), else {@link Count#UNKNOWN}.
   */
  record Loop(Cond cond, Stmt body, Stmt update, boolean condFirst, Count trips, String label,
      SourcePos pos) implements Stmt {}

  /** {@code for (T v : ch)} over a channel: each iteration receives; the loop ends when the channel is closed and drained. */
  record Range(Ref channel, ObjKind kind, Stmt body, String label, SourcePos pos) implements Stmt {}

  /** A try-with-resources resource: its initialisation, and the events its automatic close performs. */
  record Resource(Stmt init, List<Event> onClose) {}

  /** A catch clause; {@code catchesUnchecked} when it catches RuntimeException, Exception or Throwable (or Error). */
  record Catch(Stmt body, boolean catchesUnchecked, SourcePos pos) {}

  /** {@code try}, with resources closed in reverse order before catch/finally, as Java does. */
  record Try(List<Resource> resources, Stmt body, List<Catch> catches, Stmt finallyBlock,
      SourcePos pos) implements Stmt {}

  /** {@code switch}: each case body in order; {@code fallsThrough} for old-style colon cases. */
  record Switch(List<Stmt> cases, boolean hasDefault, boolean fallsThrough, SourcePos pos)
      implements Stmt {}

  /** A labelled statement that is not a loop (loops carry their own label). */
  record Labeled(String label, Stmt body) implements Stmt {}

  record Return(SourcePos pos) implements Stmt {}

  record Throw(SourcePos pos) implements Stmt {}

  /** {@code label} is null for an unlabelled break/continue. */
  record Break(String label, SourcePos pos) implements Stmt {}

  record Continue(String label, SourcePos pos) implements Stmt {}

  Block EMPTY = new Block(List.of());

  /**
   * Appends the events of {@code s} in source order as if every branch ran (front ends use it to
   * keep the effects of a condition they cannot model as branches).
   */
  static void collectEvents(Stmt s, List<Event> out) {
    switch (s) {
      case Do d -> out.add(d.event());
      case Block b -> b.stmts().forEach(x -> collectEvents(x, out));
      case If i -> {
        collectEvents(i.then(), out);
        collectEvents(i.otherwise(), out);
      }
      case Switch sw -> sw.cases().forEach(x -> collectEvents(x, out));
      default -> { }
    }
  }

  /** {@code synchronized (monitor) { body }} as acquire; try { body } finally { release }. */
  static Stmt synchronizedBlock(Ref monitor, Stmt body, SourcePos pos) {
    return new Block(List.of(
        new Do(new Event.Acquire(monitor, ObjKind.MONITOR, Event.Mode.EXCLUSIVE, pos)),
        new Try(List.of(), body, List.of(),
            new Do(new Event.Release(monitor, ObjKind.MONITOR, Event.Mode.EXCLUSIVE, pos)), pos)));
  }
}
