package dev.gosafe.checker.model;

/**
 * An abstract object: what a lock, channel, counter, context, task or executor expression denotes.
 * Two events act on the same object when their refs are equal. Refs are deliberately coarse:
 * whatever the front end cannot name precisely becomes {@link Unknown}, and analyses stay silent
 * about unknown objects.
 */
public sealed interface Ref {

  /**
   * A local variable or parameter. {@code id} distinguishes two declarations with the same name
   * in one file (front ends use the declaration's start offset). A lambda that captures the local
   * refers to it with the same Local, so task bodies share objects with the method that starts them.
   */
  record Local(String name, int id) implements Ref {}

  /**
   * A field. {@code owner} is the declaring class's qualified name; {@code onThis} is true for
   * {@code this.f}/{@code f} and static fields, false for {@code other.f} (whose identity is unknown).
   */
  record Field(String owner, String name, boolean onThis) implements Ref {}

  /** An object created at a source position and not (yet) stored in a variable. */
  record Alloc(int offset) implements Ref {}

  /**
   * A derived object: {@code rw.readLock()} / {@code rw.writeLock()} of a ReadWriteLock, selected by
   * {@code part}. The base identifies the owner.
   */
  record Part(Ref base, String part) implements Ref {}

  /** Anything else: a method's return value, an array element, {@code other.f}. */
  record Unknown() implements Ref {}

  Unknown UNKNOWN = new Unknown();

  /** Whether analyses may reason about this object's identity. */
  default boolean isTracked() {
    return switch (this) {
      case Unknown u -> false;
      case Field f -> f.onThis();
      case Part p -> p.base().isTracked();
      default -> true;
    };
  }
}
