package dev.gosafe.checker.source;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.gosafe.checker.model.Count;

/**
 * The number of iterations of a counting loop {@code for (int i = A; i < B; i++)} whose body does
 * not assign {@code i}: a constant when A and B are constants, {@code B} itself (symbolic) when A is
 * 0 and B a count, else unknown.
 */
final class LoopTrips {
  private LoopTrips() {}

  static Count of(ForStmt f, MethodWalker m) {
    if (f.getInitialization().size() != 1 || f.getUpdate().size() != 1 || f.getCompare().isEmpty()) {
      return Count.UNKNOWN;
    }
    String var;
    Expression start;
    Expression init = f.getInitialization().get(0);
    if (init instanceof VariableDeclarationExpr v && v.getVariables().size() == 1
        && v.getVariables().get(0).getInitializer().isPresent()) {
      var = v.getVariables().get(0).getNameAsString();
      start = v.getVariables().get(0).getInitializer().get();
    } else if (init instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN
        && a.getTarget() instanceof NameExpr n) {
      var = n.getNameAsString();
      start = a.getValue();
    } else {
      return Count.UNKNOWN;
    }
    if (!isIncrement(f.getUpdate().get(0), var) || assigns(f, var)) {
      return Count.UNKNOWN;
    }
    Long from = Constants.value(start, m.cls);
    if (from == null
        || !(f.getCompare().get() instanceof BinaryExpr cmp)
        || !(cmp.getLeft() instanceof NameExpr left) || !left.getNameAsString().equals(var)) {
      return Count.UNKNOWN;
    }
    boolean inclusive;
    switch (cmp.getOperator()) {
      case LESS -> inclusive = false;
      case LESS_EQUALS -> inclusive = true;
      default -> {
        return Count.UNKNOWN;
      }
    }
    Count bound = m.exprs().count(cmp.getRight());
    if (bound instanceof Count.Const c) {
      long trips = c.value() - from + (inclusive ? 1 : 0);
      return Count.of(Math.max(0, trips));
    }
    if (bound instanceof Count.Sym && from == 0 && !inclusive) {
      return bound;
    }
    return Count.UNKNOWN;
  }

  private static boolean isIncrement(Expression u, String var) {
    if (u instanceof UnaryExpr ue && ue.getExpression() instanceof NameExpr n
        && n.getNameAsString().equals(var)) {
      return ue.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
          || ue.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT;
    }
    if (u instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.PLUS
        && a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(var)) {
      Long step = Constants.value(a.getValue(), null);
      return step != null && step == 1;
    }
    return false;
  }

  /** Whether the loop body assigns {@code var}. */
  private static boolean assigns(ForStmt f, String var) {
    for (AssignExpr a : f.getBody().findAll(AssignExpr.class)) {
      if (a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(var)) {
        return true;
      }
    }
    for (UnaryExpr u : f.getBody().findAll(UnaryExpr.class)) {
      if (u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(var)
          && (u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
          || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
          || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT
          || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT)) {
        return true;
      }
    }
    return false;
  }
}
