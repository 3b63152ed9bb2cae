package dev.gosafe.checker.model;

/**
 * What a library call means to the analyses. A {@link LibraryModel} answers with one of these; a
 * front end turns it into {@link Event}s using the receiver's {@link Ref}, the arguments' counts
 * and lambda bodies (see {@code dev.gosafe.checker.model.EventFactory}).
 *
 * @param role the meaning
 * @param kind the kind of the object acted on (or created)
 * @param mode the lock mode for lock roles
 * @param argIndex the argument holding the count (COUNTER_ADD, NEW), the task body (START), or -1
 * @param fixedCount the count when it is not an argument (e.g. 1 for {@code phaser.register()},
 *     0 for {@code Chan.make()}); ignored when {@code argIndex >= 0}
 * @param startKind for START
 */
public record CallRole(Role role, ObjKind kind, Event.Mode mode, int argIndex, long fixedCount,
    Event.StartKind startKind) {

  /** The meanings. */
  public enum Role {
    /** Blocks until the receiver lock is held. */
    ACQUIRE,
    /** Returns true iff the receiver lock is now held. */
    TRY_ACQUIRE,
    RELEASE,
    /** Acquires the receiver and returns an AutoCloseable whose close releases it ({@code mu.locked()}). */
    ACQUIRE_HANDLE,
    /** Returns a derived lock ({@code rw.readLock()} with mode SHARED, {@code writeLock()} EXCLUSIVE). */
    LOCK_PART,
    COUNTER_ADD,
    COUNTER_DONE,
    COUNTER_AWAIT,
    /** Creates an object of {@code kind} (constructor or factory), count from arg or fixedCount (-1 = unknown). */
    NEW,
    SEND,
    RECV,
    CLOSE,
    SELECT,
    START,
    JOIN,
    CANCEL,
    BLOCK,
    /** A call known to have no effect on concurrency state and not to throw (e.g. {@code len()}). */
    PURE,
    /**
     * A receive case of a select ({@code Select.recv(ch, v -> ...)}): argument 0 is the channel,
     * {@code argIndex} the body (a consumer whose statements run if the case is chosen).
     */
    SELECT_RECV,
    /** A send case of a select ({@code Select.send(ch, v, () -> ...)}): argument 0 is the channel, {@code argIndex} the body. */
    SELECT_SEND,
    /** The default case of a select ({@code Select.defaultCase(() -> ...)}); {@code argIndex} is the body. */
    SELECT_DEFAULT,
    /** A timeout case of a select ({@code Select.after(d, () -> ...)}); {@code argIndex} is the body. */
    SELECT_AFTER
  }

  /**
   * Whether argument {@code index} of a call with this role is a body the front end must model (a
   * task body, a select case body, the runnable given to {@code new Thread(...)}).
   */
  public boolean takesBodyAt(int index) {
    return switch (role) {
      case START, SELECT_RECV, SELECT_SEND, SELECT_DEFAULT, SELECT_AFTER -> argIndex == index;
      case NEW -> kind == ObjKind.TASK;
      default -> false;
    };
  }

  public static CallRole of(Role role, ObjKind kind) {
    return new CallRole(role, kind, Event.Mode.EXCLUSIVE, -1, 0, null);
  }

  public static CallRole lock(Role role, ObjKind kind, Event.Mode mode) {
    return new CallRole(role, kind, mode, -1, 0, null);
  }

  public static CallRole counted(Role role, ObjKind kind, int argIndex, long fixedCount) {
    return new CallRole(role, kind, Event.Mode.EXCLUSIVE, argIndex, fixedCount, null);
  }

  public static CallRole start(Event.StartKind startKind, int bodyArgIndex) {
    return new CallRole(Role.START, ObjKind.TASK, Event.Mode.EXCLUSIVE, bodyArgIndex, 0, startKind);
  }
}
