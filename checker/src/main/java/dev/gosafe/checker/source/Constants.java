package dev.gosafe.checker.source;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;

/**
 * Integral compile-time constants, as javac's {@code constValue()} sees them: literals, operators
 * on constants, casts to integral types, and {@code final} variables (locals and fields, of this
 * file) initialised with constants.
 */
final class Constants {
  private static final int DEPTH = 32;

  private Constants() {}

  /** The value of {@code e} if it is an integral constant expression, else null. */
  static Long value(Expression e, ExprWalker x) {
    return value(e, x, 0);
  }

  private static Long value(Expression e, ExprWalker x, int depth) {
    if (depth > DEPTH) {
      return null;
    }
    try {
      if (e instanceof IntegerLiteralExpr i) {
        return i.asNumber().longValue();
      }
      if (e instanceof LongLiteralExpr l) {
        return l.asNumber().longValue();
      }
      if (e instanceof CharLiteralExpr c) {
        String v = c.asChar() + "";
        return (long) v.charAt(0);
      }
    } catch (RuntimeException ex) {
      return null;
    }
    if (e instanceof EnclosedExpr p) {
      return value(p.getInner(), x, depth + 1);
    }
    if (e instanceof CastExpr c && c.getType().isPrimitiveType()) {
      Long v = value(c.getExpression(), x, depth + 1);
      if (v == null) {
        return null;
      }
      return switch (c.getType().asPrimitiveType().getType()) {
        case INT -> (long) v.intValue();
        case LONG -> v;
        case SHORT -> (long) v.shortValue();
        case BYTE -> (long) v.byteValue();
        case CHAR -> (long) (char) v.longValue();
        default -> null;
      };
    }
    if (e instanceof UnaryExpr u) {
      Long v = value(u.getExpression(), x, depth + 1);
      if (v == null) {
        return null;
      }
      return switch (u.getOperator()) {
        case MINUS -> -v;
        case PLUS -> v;
        case BITWISE_COMPLEMENT -> ~v;
        default -> null;
      };
    }
    if (e instanceof BinaryExpr b) {
      Long l = value(b.getLeft(), x, depth + 1);
      Long r = value(b.getRight(), x, depth + 1);
      if (l == null || r == null) {
        return null;
      }
      return switch (b.getOperator()) {
        case PLUS -> l + r;
        case MINUS -> l - r;
        case MULTIPLY -> l * r;
        case DIVIDE -> r == 0 ? null : l / r;
        case REMAINDER -> r == 0 ? null : l % r;
        case LEFT_SHIFT -> l << r;
        case SIGNED_RIGHT_SHIFT -> l >> r;
        case BINARY_AND -> l & r;
        case BINARY_OR -> l | r;
        case XOR -> l ^ r;
        default -> null;
      };
    }
    if (x == null) {
      return null;
    }
    if (e instanceof NameExpr n) {
      return variable(x.builder().names.resolve(n), x, depth);
    }
    if (e instanceof FieldAccessExpr fa && x.isTypeName(fa.getScope())) {
      ClassInfo c = x.builder().types.named(fa.getScope().toString())
          .map(t -> x.classNamed(t.name())).orElse(null);
      if (c != null) {
        return variable(Optional.ofNullable(c.fields.get(fa.getNameAsString())), x, depth);
      }
    }
    return null;
  }

  private static Long variable(Optional<Decl> d, ExprWalker x, int depth) {
    if (d.isEmpty() || !d.get().isFinal() || !(d.get().init() instanceof Expression init)
        || d.get().type() == null || !d.get().type().isPrimitiveType()) {
      return null;
    }
    return value(init, x, depth + 1);
  }
}
