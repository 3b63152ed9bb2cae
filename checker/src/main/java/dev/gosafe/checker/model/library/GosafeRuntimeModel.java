package dev.gosafe.checker.model.library;

import com.google.auto.service.AutoService;
import dev.gosafe.checker.model.CallRole;
import dev.gosafe.checker.model.CallRole.Role;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.LibraryModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.TypeInfo;
import java.util.Optional;
import java.util.Set;

/**
 * What gosafe's own runtime ({@code dev.gosafe}) means: Mutex, RWMutex, WaitGroup, Chan, Select,
 * Go, Task, Context, ErrGroup. Types are matched by supertype so that views ({@code RecvChan},
 * {@code CancelContext}) and subclasses answer the same.
 *
 * <p>{@code Once.run} deliberately has no role: its body runs at most once in the calling task, and
 * the front end treats the lambda as an unknown one (captured objects escape).
 */
@AutoService(LibraryModel.class)
public final class GosafeRuntimeModel implements LibraryModel {
  static final String PKG = "dev.gosafe.";
  private static final String MUTEX = PKG + "Mutex";
  private static final String RW_MUTEX = PKG + "RWMutex";
  private static final String WAIT_GROUP = PKG + "WaitGroup";
  private static final String CHAN = PKG + "Chan";
  private static final String SEND_CHAN = PKG + "SendChan";
  private static final String RECV_CHAN = PKG + "RecvChan";
  private static final String SELECT = PKG + "Select";
  private static final String GO = PKG + "Go";
  private static final String TASK = PKG + "Task";
  private static final String CONTEXT = PKG + "Context";
  private static final String CANCEL_CONTEXT = PKG + "CancelContext";
  private static final String ERR_GROUP = PKG + "ErrGroup";
  private static final String LOCKED = PKG + "Locked";
  private static final String ONCE = PKG + "Once";

  private static final Set<String> TYPES = Set.of(MUTEX, RW_MUTEX, WAIT_GROUP, CHAN, SEND_CHAN,
      RECV_CHAN, SELECT, GO, TASK, CONTEXT, CANCEL_CONTEXT, ERR_GROUP, LOCKED, ONCE);
  /** Every method name that {@link #call} can give a role to. */
  private static final Set<String> METHODS = Set.of("make", "go", "withCancel", "withTimeout",
      "select", "recv", "recvOk", "send", "defaultCase", "after", "lock", "lockInterruptibly",
      "tryLock", "unlock", "locked", "rLock", "tryRLock", "rUnlock", "rLocked", "add", "done",
      "await", "close", "len", "cap", "toString", "join", "isDone", "name", "goChecked", "cancel",
      "err", "deadline");

  @Override
  public boolean mayHaveRole(String method) {
    return METHODS.contains(method);
  }

  @Override
  public Optional<Set<String>> knownTypes() {
    return Optional.of(TYPES);
  }

  @Override
  public Optional<ObjKind> kindOf(TypeInfo t) {
    if (t.isSubtypeOf(MUTEX)) {
      return Optional.of(ObjKind.MUTEX);
    }
    if (t.isSubtypeOf(RW_MUTEX)) {
      return Optional.of(ObjKind.RW_MUTEX);
    }
    if (t.isSubtypeOf(WAIT_GROUP)) {
      return Optional.of(ObjKind.WAIT_GROUP);
    }
    if (t.isSubtypeOf(CHAN) || t.isSubtypeOf(SEND_CHAN) || t.isSubtypeOf(RECV_CHAN)) {
      return Optional.of(ObjKind.CHANNEL);
    }
    if (t.isSubtypeOf(CONTEXT)) {
      return Optional.of(ObjKind.CONTEXT);
    }
    if (t.isSubtypeOf(TASK)) {
      return Optional.of(ObjKind.TASK);
    }
    if (t.isSubtypeOf(ERR_GROUP)) {
      return Optional.of(ObjKind.ERR_GROUP);
    }
    if (t.isSubtypeOf(LOCKED) || t.isSubtypeOf(ONCE)) {
      return Optional.of(ObjKind.OTHER);
    }
    return Optional.empty();
  }

  @Override
  public Optional<CallRole> call(TypeInfo owner, String method, int argCount, boolean isStatic) {
    CallRole role = isStatic ? staticCall(owner, method, argCount) : instanceCall(owner, method, argCount);
    return Optional.ofNullable(role);
  }

  private static CallRole staticCall(TypeInfo owner, String method, int n) {
    if (owner.isSubtypeOf(CHAN) && method.equals("make")) {
      return n == 0
          ? CallRole.counted(Role.NEW, ObjKind.CHANNEL, -1, 0)
          : CallRole.counted(Role.NEW, ObjKind.CHANNEL, 0, 0);
    }
    if (owner.isSubtypeOf(GO) && method.equals("go") && n >= 1) {
      return CallRole.start(Event.StartKind.GO, n - 1);
    }
    if (owner.isSubtypeOf(CONTEXT) && (method.equals("withCancel") || method.equals("withTimeout"))) {
      return CallRole.counted(Role.NEW, ObjKind.CONTEXT, -1, -1);
    }
    if (owner.isSubtypeOf(SELECT)) {
      return switch (method) {
        case "select" -> CallRole.of(Role.SELECT, ObjKind.CHANNEL);
        case "recv", "recvOk" -> n == 2 ? body(Role.SELECT_RECV, 1) : null;
        case "send" -> n == 3 ? body(Role.SELECT_SEND, 2) : null;
        case "defaultCase" -> n == 1 ? body(Role.SELECT_DEFAULT, 0) : null;
        case "after" -> n == 2 ? body(Role.SELECT_AFTER, 1) : null;
        default -> null;
      };
    }
    return null;
  }

  private static CallRole body(Role role, int bodyIndex) {
    return CallRole.counted(role, ObjKind.CHANNEL, bodyIndex, 0);
  }

  private static CallRole instanceCall(TypeInfo owner, String method, int n) {
    if (owner.isSubtypeOf(MUTEX)) {
      return switch (method) {
        case "lock", "lockInterruptibly" -> lock(Role.ACQUIRE, ObjKind.MUTEX, Event.Mode.EXCLUSIVE);
        case "tryLock" -> lock(Role.TRY_ACQUIRE, ObjKind.MUTEX, Event.Mode.EXCLUSIVE);
        case "unlock" -> lock(Role.RELEASE, ObjKind.MUTEX, Event.Mode.EXCLUSIVE);
        case "locked" -> lock(Role.ACQUIRE_HANDLE, ObjKind.MUTEX, Event.Mode.EXCLUSIVE);
        default -> null;
      };
    }
    if (owner.isSubtypeOf(RW_MUTEX)) {
      return switch (method) {
        case "lock" -> lock(Role.ACQUIRE, ObjKind.RW_MUTEX, Event.Mode.EXCLUSIVE);
        case "rLock" -> lock(Role.ACQUIRE, ObjKind.RW_MUTEX, Event.Mode.SHARED);
        case "tryLock" -> lock(Role.TRY_ACQUIRE, ObjKind.RW_MUTEX, Event.Mode.EXCLUSIVE);
        case "tryRLock" -> lock(Role.TRY_ACQUIRE, ObjKind.RW_MUTEX, Event.Mode.SHARED);
        case "unlock" -> lock(Role.RELEASE, ObjKind.RW_MUTEX, Event.Mode.EXCLUSIVE);
        case "rUnlock" -> lock(Role.RELEASE, ObjKind.RW_MUTEX, Event.Mode.SHARED);
        case "locked" -> lock(Role.ACQUIRE_HANDLE, ObjKind.RW_MUTEX, Event.Mode.EXCLUSIVE);
        case "rLocked" -> lock(Role.ACQUIRE_HANDLE, ObjKind.RW_MUTEX, Event.Mode.SHARED);
        default -> null;
      };
    }
    if (owner.isSubtypeOf(WAIT_GROUP)) {
      return switch (method) {
        case "add" -> n == 1 ? CallRole.counted(Role.COUNTER_ADD, ObjKind.WAIT_GROUP, 0, 0) : null;
        case "done" -> CallRole.of(Role.COUNTER_DONE, ObjKind.WAIT_GROUP);
        case "await" -> CallRole.of(Role.COUNTER_AWAIT, ObjKind.WAIT_GROUP);
        case "go" -> n == 1 ? CallRole.start(Event.StartKind.WAIT_GROUP_GO, 0) : null;
        default -> null;
      };
    }
    if (owner.isSubtypeOf(CHAN) || owner.isSubtypeOf(SEND_CHAN) || owner.isSubtypeOf(RECV_CHAN)) {
      return switch (method) {
        case "send" -> n == 1 ? CallRole.of(Role.SEND, ObjKind.CHANNEL) : null;
        case "recv", "recvOk" -> n == 0 ? CallRole.of(Role.RECV, ObjKind.CHANNEL) : null;
        case "close" -> CallRole.of(Role.CLOSE, ObjKind.CHANNEL);
        case "len", "cap", "toString" -> CallRole.of(Role.PURE, ObjKind.CHANNEL);
        // iterator(): no role; receiving through an explicit iterator is not modelled, so the
        // front end lets the channel escape (see JavacModelBuilder)
        default -> null;
      };
    }
    if (owner.isSubtypeOf(TASK)) {
      return switch (method) {
        case "join" -> CallRole.of(Role.JOIN, ObjKind.TASK);
        case "isDone", "name", "toString" -> CallRole.of(Role.PURE, ObjKind.TASK);
        default -> null;
      };
    }
    if (owner.isSubtypeOf(ERR_GROUP)) {
      return switch (method) {
        case "go", "goChecked" -> n == 1 ? CallRole.start(Event.StartKind.ERR_GROUP_GO, 0) : null;
        case "await" -> CallRole.of(Role.JOIN, ObjKind.ERR_GROUP);
        default -> null;
      };
    }
    if (owner.isSubtypeOf(CONTEXT) || owner.isSubtypeOf(CANCEL_CONTEXT)) {
      return switch (method) {
        case "cancel", "close" -> n == 0 ? CallRole.of(Role.CANCEL, ObjKind.CONTEXT) : null;
        case "err", "done", "deadline" -> CallRole.of(Role.PURE, ObjKind.CONTEXT);
        default -> null;
      };
    }
    return null;
  }

  private static CallRole lock(Role role, ObjKind kind, Event.Mode mode) {
    return CallRole.lock(role, kind, mode);
  }

  @Override
  public Optional<CallRole> constructor(TypeInfo type, int argCount) {
    if (type.isSubtypeOf(MUTEX)) {
      return Optional.of(CallRole.counted(Role.NEW, ObjKind.MUTEX, -1, 0));
    }
    if (type.isSubtypeOf(RW_MUTEX)) {
      return Optional.of(CallRole.counted(Role.NEW, ObjKind.RW_MUTEX, -1, 0));
    }
    if (type.isSubtypeOf(WAIT_GROUP)) {
      return Optional.of(CallRole.counted(Role.NEW, ObjKind.WAIT_GROUP, -1, 0));
    }
    if (type.isSubtypeOf(ERR_GROUP)) {
      return Optional.of(CallRole.counted(Role.NEW, ObjKind.ERR_GROUP, -1, 0));
    }
    return Optional.empty();
  }
}
