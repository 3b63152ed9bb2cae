package dev.gosafe.checker.javac;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCBinary;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.JCTree.JCForLoop;
import com.sun.tools.javac.tree.JCTree.JCIdent;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import com.sun.tools.javac.tree.JCTree.Tag;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import dev.gosafe.checker.model.Count;

/**
 * The number of iterations of a counting {@code for} loop, when it is certain:
 * {@code for (int i = C0; i < B; i++)} (also {@code <=}, {@code ++i}, {@code i += 1}) whose body
 * never assigns {@code i}. A constant {@code B} gives a constant count; a symbolic {@code B}
 * ({@code n}, {@code list.size()}, {@code array.length} of effectively-final locals) gives that
 * symbol when {@code C0 == 0} and the test is {@code <}. Anything else is unknown.
 */
final class LoopCounts {
  private LoopCounts() {}

  static Count trips(JCForLoop f, JavacConditions x) {
    if (f.init.size() != 1 || !(f.init.head instanceof JCVariableDecl vd) || vd.init == null
        || f.cond == null || f.step.size() != 1) {
      return Count.UNKNOWN;
    }
    VarSymbol i = vd.sym;
    if (i == null || !JavacConditions.isIntegral(i.type)) {
      return Count.UNKNOWN;
    }
    Count start = x.countOf(vd.init);
    if (!(start instanceof Count.Const c0)) {
      return Count.UNKNOWN;
    }
    if (!isIncrement(f.step.head.expr, i) || assigns(f.body, i)) {
      return Count.UNKNOWN;
    }
    if (!(TreeInfo.skipParens(f.cond) instanceof JCBinary test)) {
      return Count.UNKNOWN;
    }
    JCExpression bound;
    boolean inclusive;
    if (isVar(test.lhs, i) && (test.hasTag(Tag.LT) || test.hasTag(Tag.LE))) {
      bound = test.rhs;
      inclusive = test.hasTag(Tag.LE);
    } else if (isVar(test.rhs, i) && (test.hasTag(Tag.GT) || test.hasTag(Tag.GE))) {
      bound = test.lhs;
      inclusive = test.hasTag(Tag.GE);
    } else {
      return Count.UNKNOWN;
    }
    Count b = x.countOf(bound);
    if (b instanceof Count.Const cb) {
      long n = cb.value() - c0.value() + (inclusive ? 1 : 0);
      return Count.of(Math.max(0, n));
    }
    if (b instanceof Count.Sym && c0.value() == 0 && !inclusive) {
      return b;
    }
    return Count.UNKNOWN;
  }

  private static boolean isVar(JCExpression e, VarSymbol v) {
    return TreeInfo.skipParens(e) instanceof JCIdent id && TreeInfo.symbol(id) == v;
  }

  private static boolean isIncrement(JCExpression e, VarSymbol v) {
    e = TreeInfo.skipParens(e);
    if (e instanceof JCTree.JCUnary u && (u.hasTag(Tag.POSTINC) || u.hasTag(Tag.PREINC))) {
      return isVar(u.arg, v);
    }
    if (e instanceof JCTree.JCAssignOp a && a.hasTag(Tag.PLUS_ASG)) {
      return isVar(a.lhs, v) && a.rhs.type != null
          && a.rhs.type.constValue() instanceof Number n && n.longValue() == 1;
    }
    if (e instanceof JCTree.JCAssign a && isVar(a.lhs, v)
        && TreeInfo.skipParens(a.rhs) instanceof JCBinary sum && sum.hasTag(Tag.PLUS)) {
      return isVar(sum.lhs, v) && sum.rhs.type != null
          && sum.rhs.type.constValue() instanceof Number n && n.longValue() == 1;
    }
    return false;
  }

  private static boolean assigns(JCTree body, VarSymbol v) {
    boolean[] found = {false};
    new TreeScanner() {
      @Override
      public void visitAssign(JCTree.JCAssign a) {
        check(a.lhs);
        super.visitAssign(a);
      }

      @Override
      public void visitAssignop(JCTree.JCAssignOp a) {
        check(a.lhs);
        super.visitAssignop(a);
      }

      @Override
      public void visitUnary(JCTree.JCUnary u) {
        switch (u.getTag()) {
          case PREINC, PREDEC, POSTINC, POSTDEC -> check(u.arg);
          default -> { }
        }
        super.visitUnary(u);
      }

      private void check(JCExpression lhs) {
        Symbol s = TreeInfo.symbol(TreeInfo.skipParens(lhs));
        if (s == v) {
          found[0] = true;
        }
      }
    }.scan(body);
    return found[0];
  }
}
