package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Ref;
import java.util.Optional;

/**
 * Argument values as {@link Count}s (mirrors {@code JavacExpressions.countOf}): compile-time
 * constants, {@code var:NAME#ID} for an effectively-final integral local, {@code size:NAME#ID} for
 * {@code list.size()} / {@code array.length} of an effectively-final local.
 */
final class Counts {
  private final Builder b;
  private final ExprWalker x;

  Counts(Builder b, ExprWalker x) {
    this.b = b;
    this.x = x;
  }

  /** An argument as a count: a constant, or a symbolic value of an effectively-final local. */
  Count countOf(Expression raw) {
    Expression e = Statements.unwrap(raw);
    Long c = Constants.value(e, x);
    if (c != null) {
      return Count.of(c);
    }
    if (e instanceof NameExpr n) {
      Optional<Decl> d = b.names.resolve(n);
      if (d.isPresent() && !d.get().isField() && b.isIntegral(d.get())) {
        Ref.Local l = effectivelyFinalLocal(d.get(), n);
        return l == null ? Count.UNKNOWN : new Count.Sym("var:" + l.name() + "#" + l.id());
      }
      return Count.UNKNOWN;
    }
    if (e instanceof MethodCallExpr inv && inv.getArguments().isEmpty()
        && inv.getNameAsString().equals("size") && inv.getScope().isPresent()) {
      return sizeOf(inv.getScope().get());
    }
    if (e instanceof FieldAccessExpr fa && fa.getNameAsString().equals("length")
        && isArray(fa.getScope())) {
      return sizeOf(fa.getScope());
    }
    return Count.UNKNOWN;
  }

  boolean isArray(Expression e) {
    Expression u = Statements.unwrap(e);
    if (u instanceof NameExpr n) {
      Optional<Decl> d = b.names.resolve(n);
      if (d.isPresent() && d.get().type() != null) {
        return d.get().type().isArrayType()
            || d.get().decl() instanceof Parameter p && p.isVarArgs();
      }
    }
    try {
      return u.calculateResolvedType().isArray();
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      return false;
    }
  }

  /** {@code size:NAME#ID} for an effectively-final local collection or array. */
  Count sizeOf(Expression raw) {
    Expression e = Statements.unwrap(raw);
    if (e instanceof NameExpr n) {
      Optional<Decl> d = b.names.resolve(n);
      if (d.isPresent() && !d.get().isField()) {
        Ref.Local l = effectivelyFinalLocal(d.get(), n);
        if (l != null) {
          return new Count.Sym("size:" + l.name() + "#" + l.id());
        }
      }
    }
    return Count.UNKNOWN;
  }

  private Ref.Local effectivelyFinalLocal(Decl d, Node use) {
    if (!d.isFinal() && !Finality.isEffectivelyFinal(d.decl(), d.name())) {
      return null;
    }
    return b.local(d);
  }
}
