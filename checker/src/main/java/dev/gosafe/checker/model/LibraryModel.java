package dev.gosafe.checker.model;

import java.util.Optional;
import java.util.Set;

/**
 * Library knowledge, the one seam through which the analyses learn what types and calls mean
 * ("this is a lock", "this call releases it", "this executor runs the lambda as a task").
 * Implementations are discovered with {@link java.util.ServiceLoader} (register them with
 * {@code @AutoService(LibraryModel.class)}); {@link LibraryModels} combines them. Both front ends
 * use the same models, so they agree by construction on what a call means.
 */
public interface LibraryModel {

  /** The kind of object a value of this static type is, if this model knows the type. */
  Optional<ObjKind> kindOf(TypeInfo type);

  /**
   * What an instance or static call means.
   *
   * @param owner the static type of the receiver (for static calls, the class named)
   * @param method the method's simple name
   * @param argCount the number of arguments
   * @param isStatic whether the call is static
   */
  Optional<CallRole> call(TypeInfo owner, String method, int argCount, boolean isStatic);

  /** What {@code new T(args)} means. */
  Optional<CallRole> constructor(TypeInfo type, int argCount);

  /**
   * Whether a call of a method with this simple name can have a role in this model, whatever its
   * receiver. Front ends use it to skip working out the receiver's type or the callee of calls that
   * cannot matter. The default, {@code true}, is always safe; a model that overrides it must answer
   * {@code true} for every name to which {@link #call} can give a role (LibraryModelNamesTest checks
   * the built-in models against the methods of their types).
   */
  default boolean mayHaveRole(String method) {
    return true;
  }

  /**
   * The qualified names of the types this model gives meaning to: a value, call or constructor has a
   * role only if its type is one of them or a subtype. Empty when the model cannot say (the default),
   * which makes every source file relevant to the source engine's pre-filter.
   */
  default Optional<Set<String>> knownTypes() {
    return Optional.empty();
  }
}
