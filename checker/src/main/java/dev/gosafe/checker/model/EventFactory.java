package dev.gosafe.checker.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link CallRole} answered by the {@link LibraryModels} into model {@link Event}s and
 * {@link Cond}s. Shared by both front ends so that they agree on what a call does; a front end only
 * supplies what it saw at the call site ({@link Site}).
 *
 * <p>Conventions the front ends follow:
 * <ul>
 *   <li>{@code result} is where the call's value goes: the {@link Ref.Local} it initialises or is
 *       assigned to, {@link Ref#UNKNOWN} when the value is discarded (an expression statement),
 *       or {@code null} when the value is used in a larger expression (then a NEW creates an
 *       {@link Ref.Alloc} at the call's offset and a START's handle is that Alloc). When the result
 *       is a local, no {@link Stmt.Bind} is emitted for it: the New's target or the Start's handle
 *       is the binding.
 *   <li>A receiver that is an effectively-final local bound to a {@link Ref.Part} is passed as the
 *       Part, so that read/write modes are right.
 *   <li>A NEW of kind TASK ({@code new Thread(r)}, {@code builder.unstarted(r)}) produces no event;
 *       the front end keeps the body ({@link #threadBody}) and passes it to the START of
 *       {@code thread.start()} as {@code pendingBody}.
 *   <li>TRY_ACQUIRE is a condition ({@link #cond}); used as a statement it becomes an {@code If}
 *       whose branches are empty ({@link #events} returns that as a single {@link Stmt}, see
 *       {@link #stmts}).
 * </ul>
 */
public final class EventFactory {
  private EventFactory() {}

  /**
   * What a front end saw at one call site.
   *
   * @param receiver the receiver's ref ({@link Ref#UNKNOWN} for static calls and constructors)
   * @param argCounts for each argument, its value as a count ({@link Count#UNKNOWN} if not a count)
   * @param bodies for each argument, the model of the lambda passed there, or null
   * @param pendingBody for {@code thread.start()}: the body the thread was created with, or null
   * @param result where the value goes (see the class comment)
   * @param pos the start of the whole call expression
   */
  public record Site(Ref receiver, List<Count> argCounts, List<MethodModel> bodies,
      MethodModel pendingBody, Ref result, SourcePos pos) {
    public Site {
      argCounts = List.copyOf(argCounts);
      bodies = java.util.Collections.unmodifiableList(new ArrayList<>(bodies));
    }

    Count count(int index) {
      return index >= 0 && index < argCounts.size() ? argCounts.get(index) : Count.UNKNOWN;
    }

    MethodModel body(int index) {
      return index >= 0 && index < bodies.size() ? bodies.get(index) : null;
    }
  }

  /** The ref a NEW or START result denotes: the local, or an Alloc at the call when used in an expression. */
  public static Ref resultRef(Site site) {
    if (site.result() == null || site.result() instanceof Ref.Unknown) {
      return new Ref.Alloc(site.pos().offset());
    }
    return site.result();
  }

  /**
   * The events the call performs, in order. Empty for PURE calls, for LOCK_PART (which only names a
   * derived lock, see {@link #value}), for a NEW of kind TASK, for TRY_ACQUIRE (see {@link #cond})
   * and for the select case factories (see {@link #select}).
   */
  public static List<Event> events(CallRole role, Site site) {
    SourcePos pos = site.pos();
    Ref recv = site.receiver();
    return switch (role.role()) {
      case ACQUIRE, ACQUIRE_HANDLE ->
          List.of(new Event.Acquire(recv, lockKind(role, recv), lockMode(role, recv), pos));
      case RELEASE -> List.of(new Event.Release(recv, lockKind(role, recv), lockMode(role, recv), pos));
      case COUNTER_ADD -> List.of(new Event.CounterAdd(recv, role.kind(), count(role, site), pos));
      case COUNTER_DONE -> List.of(new Event.CounterDone(recv, role.kind(), pos));
      case COUNTER_AWAIT -> List.of(new Event.CounterAwait(recv, role.kind(), pos));
      case NEW -> role.kind() == ObjKind.TASK
          ? List.of()
          : List.of(new Event.New(resultRef(site), role.kind(), count(role, site), pos));
      case SEND -> List.of(new Event.Send(recv, role.kind(), pos));
      case RECV -> List.of(new Event.Recv(recv, role.kind(), pos));
      case CLOSE -> List.of(new Event.Close(recv, pos));
      case START -> List.of(start(role, site));
      case JOIN -> List.of(new Event.Join(recv, !site.argCounts().isEmpty(), pos));
      case CANCEL -> List.of(new Event.Cancel(recv, role.kind(), pos));
      case BLOCK -> List.of(new Event.Block(role.kind() == ObjKind.OTHER ? "sleep"
          : role.kind().name().toLowerCase(java.util.Locale.ROOT) + " wait", pos));
      case TRY_ACQUIRE, LOCK_PART, PURE, SELECT, SELECT_RECV, SELECT_SEND, SELECT_DEFAULT,
          SELECT_AFTER -> List.of();
    };
  }

  /**
   * The call as statements: {@link #events} wrapped in {@link Stmt.Do}, except that a TRY_ACQUIRE
   * whose result is not tested becomes {@code if (tryLock()) {} else {}} (the lock may or may not be held).
   */
  public static List<Stmt> stmts(CallRole role, Site site) {
    if (role.role() == CallRole.Role.TRY_ACQUIRE) {
      return List.of(new Stmt.If(cond(role, site), Stmt.EMPTY, Stmt.EMPTY, site.pos()));
    }
    List<Stmt> out = new ArrayList<>();
    for (Event e : events(role, site)) {
      out.add(new Stmt.Do(e));
    }
    return out;
  }

  /** The call as a branch condition: {@link Cond.TryAcquire} for TRY_ACQUIRE, else its events then unknown. */
  public static Cond cond(CallRole role, Site site) {
    if (role.role() == CallRole.Role.TRY_ACQUIRE) {
      Ref recv = site.receiver();
      return new Cond.TryAcquire(recv, lockKind(role, recv), lockMode(role, recv), site.pos());
    }
    List<Event> events = events(role, site);
    return events.isEmpty() ? Cond.UNKNOWN : new Cond.Effects(events, Cond.UNKNOWN);
  }

  /**
   * The events performed when the call's result is closed: for ACQUIRE_HANDLE ({@code mu.locked()})
   * the release; for a NEW CONTEXT or NEW EXECUTOR, its cancel. Empty otherwise.
   */
  public static List<Event> closeEvents(CallRole role, Site site) {
    Ref recv = site.receiver();
    return switch (role.role()) {
      case ACQUIRE_HANDLE ->
          List.of(new Event.Release(recv, lockKind(role, recv), lockMode(role, recv), site.pos()));
      case NEW -> role.kind() == ObjKind.CONTEXT || role.kind() == ObjKind.EXECUTOR
          ? List.of(new Event.Cancel(resultRef(site), role.kind(), site.pos()))
          : List.of();
      default -> List.of();
    };
  }

  /**
   * What the call's value denotes: a {@link Ref.Part} for LOCK_PART ({@code "read"} for the shared
   * part, {@code "write"} for the exclusive one), the result ref for NEW and START, else unknown.
   */
  public static Ref value(CallRole role, Site site) {
    return switch (role.role()) {
      case LOCK_PART -> new Ref.Part(site.receiver(),
          role.mode() == Event.Mode.SHARED ? "read" : "write");
      case NEW -> role.kind() != ObjKind.TASK ? resultRef(site)
          : site.result() instanceof Ref.Local ? site.result() : Ref.UNKNOWN;
      case START -> resultRef(site);
      default -> Ref.UNKNOWN;
    };
  }

  /** For a NEW of kind TASK ({@code new Thread(r)}): the body to start later, or null. */
  public static MethodModel threadBody(CallRole role, Site site) {
    if (role.role() != CallRole.Role.NEW || role.kind() != ObjKind.TASK) {
      return null;
    }
    for (MethodModel b : site.bodies()) {
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** The body statement of a select case factory call, from the lambda at the role's argIndex. */
  public static Stmt caseBody(CallRole role, Site site) {
    MethodModel body = site.body(role.argIndex());
    return body == null ? Stmt.EMPTY : body.body();
  }

  /**
   * A {@code Select.select(...)} from its case factory calls, in order.
   *
   * @param cases each case's role (SELECT_RECV/SEND/DEFAULT/AFTER), channel ref (for send/receive)
   *     and body, as {@link SelectArm}s; arms whose role is not a select case make the select unknown
   *     and are skipped by the front end
   */
  public static Event.Select select(List<SelectArm> cases, SourcePos pos) {
    List<Event.SelectCase> out = new ArrayList<>();
    boolean hasDefault = false;
    boolean hasTimeout = false;
    List<Stmt> other = new ArrayList<>();
    for (SelectArm arm : cases) {
      switch (arm.role()) {
        case SELECT_RECV -> out.add(new Event.SelectCase(false, arm.channel(), arm.body(), arm.pos()));
        case SELECT_SEND -> out.add(new Event.SelectCase(true, arm.channel(), arm.body(), arm.pos()));
        case SELECT_DEFAULT -> {
          hasDefault = true;
          other.add(arm.body());
        }
        case SELECT_AFTER -> {
          hasTimeout = true;
          other.add(arm.body());
        }
        default -> throw new IllegalArgumentException("not a select case: " + arm.role());
      }
    }
    Stmt otherBody = other.isEmpty() ? Stmt.EMPTY
        : other.size() == 1 ? other.get(0)
        : new Stmt.If(Cond.UNKNOWN, other.get(0), new Stmt.Block(other.subList(1, other.size())), pos);
    return new Event.Select(out, hasDefault, hasTimeout, otherBody, pos);
  }

  /**
   * The callee name of an {@link Event.Call} to a method that is not of the calling class or an
   * enclosing one ({@code sameClass} false): {@code ?#name(?)}. The analyses use the full
   * {@code Owner#signature} only for same-class calls (summaries, lock order); any other call is
   * opaque, so neither front end has to resolve its declaring class and parameter types.
   */
  public static String opaqueCallee(String method) {
    return "?#" + method + "(?)";
  }

  /**
   * Whether a call that no library model knows, made on a receiver of {@code kind}, lets the
   * receiver escape. True for tasks and executors: an unknown call on them may hand them on or
   * settle their fate ({@code setDaemon}, {@code setUncaughtExceptionHandler}, {@code interrupt},
   * {@code cancel}, {@code awaitTermination}); other objects stay tracked ({@code mu.toString()}).
   */
  public static boolean unknownCallEscapesReceiver(ObjKind kind) {
    return kind == ObjKind.TASK || kind == ObjKind.EXECUTOR;
  }

  /** One case of a select as the front end saw it. */
  public record SelectArm(CallRole.Role role, Ref channel, Stmt body, SourcePos pos) {}

  private static Count count(CallRole role, Site site) {
    if (role.argIndex() >= 0) {
      return site.count(role.argIndex());
    }
    return role.fixedCount() < 0 ? Count.UNKNOWN : Count.of(role.fixedCount());
  }

  private static Event.Start start(CallRole role, Site site) {
    MethodModel body = role.argIndex() >= 0 ? site.body(role.argIndex()) : site.pendingBody();
    Event.StartKind kind = role.startKind();
    Ref via = switch (kind) {
      case WAIT_GROUP_GO, ERR_GROUP_GO, EXECUTOR -> site.receiver();
      default -> Ref.UNKNOWN;
    };
    Ref handle;
    if (kind == Event.StartKind.THREAD && role.argIndex() < 0) {
      // thread.start(): the thread object itself is the handle
      handle = site.receiver();
    } else if (site.result() instanceof Ref.Unknown) {
      handle = Ref.UNKNOWN;
    } else {
      handle = resultRef(site);
    }
    return new Event.Start(kind, body, handle, via, site.pos());
  }

  private static ObjKind lockKind(CallRole role, Ref recv) {
    if (recv instanceof Ref.Part && role.kind() == ObjKind.REENTRANT_LOCK) {
      return ObjKind.REENTRANT_RW_PART;
    }
    return role.kind();
  }

  private static Event.Mode lockMode(CallRole role, Ref recv) {
    if (recv instanceof Ref.Part p && (role.kind() == ObjKind.REENTRANT_LOCK
        || role.kind() == ObjKind.REENTRANT_RW_PART)) {
      return p.part().equals("read") ? Event.Mode.SHARED : Event.Mode.EXCLUSIVE;
    }
    return role.mode();
  }
}
