package dev.gosafe.checker.model;

import java.util.List;

/**
 * One concurrency-relevant thing a statement does, in evaluation order. Front ends emit events for
 * calls that {@link LibraryModels} recognizes, {@link Call} for every other call (it may throw and
 * may do anything to the objects passed to it) and {@link Escape} when an object leaves the
 * method's view (stored in a field, returned, passed to a constructor or unknown method).
 *
 * <p>Every event has the position to report at; {@code mayThrow} says whether an unchecked
 * exception can come out of it (true for every call except the few that cannot fail).
 */
public sealed interface Event {
  SourcePos pos();

  /** Whether control may leave this event by an exception. */
  boolean mayThrow();

  /** Lock modes. {@code EXCLUSIVE} for plain locks and write parts, {@code SHARED} for read parts. */
  enum Mode { EXCLUSIVE, SHARED }

  /** {@code lock()}, {@code rLock()}, {@code synchronized} entry, {@code StampedLock.writeLock()}. */
  record Acquire(Ref lock, ObjKind kind, Mode mode, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** {@code unlock()}, {@code rUnlock()}, {@code synchronized} exit, closing a {@code locked()} handle. */
  record Release(Ref lock, ObjKind kind, Mode mode, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** {@code wg.add(n)}, {@code phaser.register()}; {@code delta} may be symbolic or unknown. */
  record CounterAdd(Ref counter, ObjKind kind, Count delta, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** {@code wg.done()}, {@code latch.countDown()}, {@code phaser.arriveAndDeregister()}. */
  record CounterDone(Ref counter, ObjKind kind, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** {@code wg.await()}, {@code latch.await()}; blocking. */
  record CounterAwait(Ref counter, ObjKind kind, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /**
   * Creation of a counter with an initial count ({@code new CountDownLatch(3)}: 3;
   * {@code new WaitGroup()}: 0), a channel or queue with a capacity ({@code Chan.make()}: 0;
   * unbounded queues: unknown), a cancellable context, an executor, a lock.
   * {@code target} is the variable it is assigned to (or an {@link Ref.Alloc}).
   */
  record New(Ref target, ObjKind kind, Count initial, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return false; }
  }

  /** {@code ch.send(v)}, {@code queue.put(v)}; blocking unless buffered space is free. */
  record Send(Ref channel, ObjKind kind, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** {@code ch.recv()}, {@code ch.recvOk()}, {@code queue.take()}, one step of {@code for (v : ch)}. */
  record Recv(Ref channel, ObjKind kind, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** {@code ch.close()}. */
  record Close(Ref channel, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** One case of a {@link Select}: a send or receive on a channel, and the statements run if chosen. */
  record SelectCase(boolean isSend, Ref channel, Stmt body, SourcePos pos) {}

  /**
   * {@code Select.select(...)}: exactly one case body runs. {@code hasDefault} / {@code hasTimeout}
   * for {@code defaultCase} / {@code after} (whose body is {@code otherBody}, or an empty block).
   */
  record Select(List<SelectCase> cases, boolean hasDefault, boolean hasTimeout, Stmt otherBody,
      SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** How a task is started; {@code WAIT_GROUP_GO} adds 1 to {@code counter} and calls done() after the body. */
  enum StartKind { GO, WAIT_GROUP_GO, ERR_GROUP_GO, EXECUTOR, THREAD, COMPLETABLE_FUTURE }

  /**
   * A task started: {@code Go.go(() -> ...)}, {@code wg.go(...)}, {@code executor.submit(...)},
   * {@code new Thread(...).start()}, {@code CompletableFuture.runAsync(...)}.
   * {@code body} is the lambda's model, or null when the body is not visible (a method reference to
   * another class, a Runnable variable). {@code handle} is the Task/Future/Thread the call yields
   * ({@link Ref.Unknown} if discarded); {@code via} is the WaitGroup, ErrGroup or executor.
   */
  record Start(StartKind kind, MethodModel body, Ref handle, Ref via, SourcePos pos)
      implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** {@code task.join()}, {@code thread.join()}, {@code future.get()}, {@code errGroup.await()}. */
  record Join(Ref task, boolean timed, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** {@code ctx.cancel()} / {@code ctx.close()}; {@code executor.shutdown()}/{@code close()}. */
  record Cancel(Ref target, ObjKind kind, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** Blocking operations with no partner object in the model: {@code Thread.sleep}, {@code Future.get} on unknown futures. */
  record Block(String what, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /**
   * Any other call. {@code args} lists the tracked objects passed to it (receiver excluded); the
   * callee may do anything with them, except what {@code model} says. {@code callee} is
   * "OwnerQualifiedName#method" for calls to methods of the analysed class (for call-graph rules),
   * else {@link EventFactory#opaqueCallee} ({@code ?#method(?)}).
   */
  record Call(String callee, List<Ref> args, boolean sameClass, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return true; }
  }

  /** An object leaves the method's view: stored to a field or array, returned, captured by an unknown lambda. */
  record Escape(Ref object, SourcePos pos) implements Event {
    @Override public boolean mayThrow() { return false; }
  }
}
