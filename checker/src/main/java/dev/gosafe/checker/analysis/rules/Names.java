package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;

/** How messages name objects and lock operations. */
final class Names {
  private Names() {}

  static String of(Ref ref) {
    if (ref == null) {
      return "it";
    }
    return switch (ref) {
      case Ref.Local l -> l.name();
      case Ref.Field f -> f.name();
      case Ref.Part p -> of(p.base()) + (p.part().equals("read") ? ".readLock()" : ".writeLock()");
      case Ref.Alloc a -> "the lock";
      case Ref.Unknown u -> "it";
    };
  }

  static String lockCall(ObjKind kind, Event.Mode mode) {
    boolean shared = mode == Event.Mode.SHARED;
    return switch (kind) {
      case RW_MUTEX -> shared ? "rLock()" : "lock()";
      case STAMPED_LOCK -> shared ? "readLock()" : "writeLock()";
      default -> "lock()";
    };
  }

  static String unlockCall(ObjKind kind, Event.Mode mode) {
    boolean shared = mode == Event.Mode.SHARED;
    return switch (kind) {
      case RW_MUTEX -> shared ? "rUnlock()" : "unlock()";
      case STAMPED_LOCK -> shared ? "unlockRead()" : "unlockWrite()";
      default -> "unlock()";
    };
  }

  static String done(ObjKind counter) {
    return switch (counter) {
      case LATCH -> "countDown()";
      case PHASER -> "arriveAndDeregister()";
      default -> "done()";
    };
  }

  static String add(ObjKind counter) {
    return counter == ObjKind.PHASER ? "register()" : "add()";
  }

  static String await(ObjKind counter) {
    return counter == ObjKind.PHASER ? "arriveAndAwaitAdvance()" : "await()";
  }

  /** The lock object a ref belongs to: the base of a read/write part, else the ref. */
  static Ref base(Ref ref) {
    return ref instanceof Ref.Part p ? base(p.base()) : ref;
  }

  static boolean isFieldOrParam(Ref ref, java.util.List<Ref.Local> params) {
    return switch (ref) {
      case Ref.Field f -> true;
      case Ref.Part p -> isFieldOrParam(p.base(), params);
      case Ref.Local l -> params.contains(l);
      default -> false;
    };
  }
}
