package dev.gosafe.checker.source;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

/** Integral compile-time constants that the model uses as counts (literals, final fields, + - *). */
final class Constants {
  private Constants() {}

  /** The value of {@code e} if it is an integral constant this front end can evaluate, else null. */
  static Long value(Expression e, ClassInfo cls) {
    try {
      if (e instanceof IntegerLiteralExpr i) {
        return i.asNumber().longValue();
      }
      if (e instanceof LongLiteralExpr l) {
        return l.asNumber().longValue();
      }
    } catch (NumberFormatException ex) {
      return null;
    }
    if (e instanceof EnclosedExpr p) {
      return value(p.getInner(), cls);
    }
    if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
      Long v = value(u.getExpression(), cls);
      return v == null ? null : -v;
    }
    if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.PLUS) {
      return value(u.getExpression(), cls);
    }
    if (e instanceof NameExpr n && cls != null) {
      return cls.constant(n.getNameAsString());
    }
    if (e instanceof BinaryExpr b) {
      Long l = value(b.getLeft(), cls);
      Long r = value(b.getRight(), cls);
      if (l == null || r == null) {
        return null;
      }
      return switch (b.getOperator()) {
        case PLUS -> l + r;
        case MINUS -> l - r;
        case MULTIPLY -> l * r;
        default -> null;
      };
    }
    return null;
  }
}
