package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.gosafe.checker.model.Count;
import java.util.Optional;

/**
 * The number of iterations of a counting {@code for} loop, when it is certain (mirrors javac's
 * {@code LoopCounts}): {@code for (int i = C0; i < B; i++)} (also {@code <=}, {@code B > i},
 * {@code ++i}, {@code i += 1}, {@code i = i + 1}) whose body never assigns {@code i}.
 */
final class LoopTrips {
  private LoopTrips() {}

  static Count of(ForStmt f, Builder b) {
    if (f.getInitialization().size() != 1
        || !(f.getInitialization().get(0) instanceof VariableDeclarationExpr vde)
        || vde.getVariables().size() != 1 || f.getCompare().isEmpty() || f.getUpdate().size() != 1) {
      return Count.UNKNOWN;
    }
    VariableDeclarator vd = vde.getVariables().get(0);
    if (vd.getInitializer().isEmpty() || !vd.getType().isPrimitiveType()) {
      return Count.UNKNOWN;
    }
    switch (vd.getType().asPrimitiveType().getType()) {
      case INT, LONG, SHORT, BYTE -> { }
      default -> {
        return Count.UNKNOWN;
      }
    }
    ExprWalker x = b.x;
    Count start = x.countOf(vd.getInitializer().get());
    if (!(start instanceof Count.Const c0)) {
      return Count.UNKNOWN;
    }
    if (!isIncrement(f.getUpdate().get(0), vde, b) || assigns(f.getBody(), vde, b)) {
      return Count.UNKNOWN;
    }
    if (!(Statements.unwrap(f.getCompare().get()) instanceof BinaryExpr test)) {
      return Count.UNKNOWN;
    }
    Expression bound;
    boolean inclusive;
    BinaryExpr.Operator op = test.getOperator();
    if (isVar(test.getLeft(), vde, b)
        && (op == BinaryExpr.Operator.LESS || op == BinaryExpr.Operator.LESS_EQUALS)) {
      bound = test.getRight();
      inclusive = op == BinaryExpr.Operator.LESS_EQUALS;
    } else if (isVar(test.getRight(), vde, b)
        && (op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.GREATER_EQUALS)) {
      bound = test.getLeft();
      inclusive = op == BinaryExpr.Operator.GREATER_EQUALS;
    } else {
      return Count.UNKNOWN;
    }
    Count bc = x.countOf(bound);
    if (bc instanceof Count.Const cb) {
      long n = cb.value() - c0.value() + (inclusive ? 1 : 0);
      return Count.of(Math.max(0, n));
    }
    if (bc instanceof Count.Sym && c0.value() == 0 && !inclusive) {
      return bc;
    }
    return Count.UNKNOWN;
  }

  private static boolean isVar(Expression e, Node decl, Builder b) {
    if (Statements.unwrap(e) instanceof NameExpr n) {
      Optional<Decl> d = b.names.resolve(n);
      return d.isPresent() && d.get().decl() == decl;
    }
    return false;
  }

  private static boolean isOne(Expression e, Builder b) {
    Long v = Constants.value(Statements.unwrap(e), b.x);
    return v != null && v == 1;
  }

  private static boolean isIncrement(Expression raw, Node decl, Builder b) {
    Expression e = Statements.unwrap(raw);
    if (e instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
        || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT)) {
      return isVar(u.getExpression(), decl, b);
    }
    if (e instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.PLUS) {
      return isVar(a.getTarget(), decl, b) && isOne(a.getValue(), b);
    }
    if (e instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN
        && isVar(a.getTarget(), decl, b)
        && Statements.unwrap(a.getValue()) instanceof BinaryExpr sum
        && sum.getOperator() == BinaryExpr.Operator.PLUS) {
      return isVar(sum.getLeft(), decl, b) && isOne(sum.getRight(), b);
    }
    return false;
  }

  private static boolean assigns(Node body, Node decl, Builder b) {
    for (AssignExpr a : body.findAll(AssignExpr.class)) {
      if (isVar(a.getTarget(), decl, b)) {
        return true;
      }
    }
    for (UnaryExpr u : body.findAll(UnaryExpr.class)) {
      switch (u.getOperator()) {
        case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> {
          if (isVar(u.getExpression(), decl, b)) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }
}
