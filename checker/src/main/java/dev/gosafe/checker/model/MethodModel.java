package dev.gosafe.checker.model;

import java.util.List;
import java.util.Set;

/**
 * A method, constructor, initializer or task body (lambda) in the model.
 *
 * @param name the method's simple name; for a lambda, {@code "lambda$<line>"}
 * @param owner the qualified name of the declaring class
 * @param signature a key unique within the class (name and parameter types), for call-graph rules
 * @param params the parameters, as locals
 * @param body the body ({@link Stmt#EMPTY} for abstract methods)
 * @param annotations simple names of the annotations on the method that the rules honour
 *     ({@code EnsuresLockHeld}, {@code EnsuresLockHeldIf}, {@code MayReleaseLocks},
 *     {@code ReleasesNoLocks}, {@code Holding}, {@code LockMethod}, {@code UnlockMethod},
 *     {@code GuardedBy}, {@code SuppressWarnings} is handled by the front end)
 * @param isLambda true for a task body
 * @param isSynchronized a {@code synchronized} method (the front end also wraps the body with
 *     {@link Stmt#synchronizedBlock} on {@code this})
 */
public record MethodModel(String name, String owner, String signature, SourcePos pos,
    List<Ref.Local> params, Stmt body, Set<String> annotations, boolean isLambda,
    boolean isSynchronized) {

  /** Whether the method declares, by annotation, that it acquires or releases locks for its caller. */
  public boolean hasLockContract() {
    for (String a : annotations) {
      switch (a) {
        case "EnsuresLockHeld", "EnsuresLockHeldIf", "MayReleaseLocks", "Holding", "LockMethod",
            "UnlockMethod" -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }
}
