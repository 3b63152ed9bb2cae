package dev.gosafe.checker.javac;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.tree.JCTree.JCBinary;
import com.sun.tools.javac.tree.JCTree.JCConditional;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCIdent;
import com.sun.tools.javac.tree.JCTree.JCLiteral;
import com.sun.tools.javac.tree.JCTree.JCMethodInvocation;
import com.sun.tools.javac.tree.JCTree.JCUnary;
import com.sun.tools.javac.tree.JCTree.Tag;
import com.sun.tools.javac.tree.TreeInfo;
import dev.gosafe.checker.javac.JavacExpressions.Value;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Branch conditions and counts of the javac front end: {@code tryLock()} tests become
 * {@link Cond.TryAcquire}, boolean locals {@link Cond.Var}, calls inside a test
 * {@link Cond.Effects}; argument values become constant or symbolic {@link Count}s exactly as
 * {@link Count} documents ({@code var:NAME#ID}, {@code size:NAME#ID}, effectively-final locals only).
 */
final class JavacConditions {
  private final JavacModelBuilder b;
  private final JavacExpressions x;

  JavacConditions(JavacModelBuilder builder, JavacExpressions expressions) {
    this.b = builder;
    this.x = expressions;
  }

  /**
   * A branch condition; events it performs are inside it ({@link Cond.Effects}). Effects that are
   * not plain events (a conditional expression with calls in its branches) go, with everything
   * evaluated before them, to {@code hoist} when the caller offers one (an {@code if} or an
   * assignment, evaluated once), else their events are kept in order as effects.
   */
  Cond cond(JCExpression raw, List<Stmt> hoist) {
    JCExpression e = TreeInfo.skipParens(raw);
    if (e instanceof JCConditional c) {
      Cond test = cond(c.cond, null);
      if (!test.hasEffects()) {
        Cond yes = cond(c.truepart, null);
        Cond no = cond(c.falsepart, null);
        return new Cond.Or(new Cond.And(test, yes), new Cond.And(new Cond.Not(test), no));
      }
    }
    if (e instanceof JCLiteral lit && lit.getValue() instanceof Boolean v) {
      return v ? Cond.TRUE : Cond.FALSE;
    }
    if (e instanceof JCUnary u && u.hasTag(Tag.NOT)) {
      return new Cond.Not(cond(u.arg, null));
    }
    if (e instanceof JCBinary bin && bin.hasTag(Tag.AND)) {
      return new Cond.And(cond(bin.lhs, hoist), cond(bin.rhs, null));
    }
    if (e instanceof JCBinary bin && bin.hasTag(Tag.OR)) {
      return new Cond.Or(cond(bin.lhs, hoist), cond(bin.rhs, null));
    }
    if (e instanceof JCIdent id && TreeInfo.symbol(id) instanceof VarSymbol v
        && !(v.owner instanceof ClassSymbol) && isBoolean(v.type)) {
      return new Cond.Var(b.local(v));
    }
    List<Stmt> pre = new ArrayList<>();
    Cond test = Cond.UNKNOWN;
    if (e instanceof JCMethodInvocation inv) {
      Value v = x.call(inv, pre, Ref.UNKNOWN, true);
      if (v.cond() != null) {
        test = v.cond();
      }
    } else {
      x.eval(e, pre, Ref.UNKNOWN);
    }
    boolean plain = pre.stream().allMatch(s -> s instanceof Stmt.Do);
    if (!plain && hoist != null) {
      hoist.addAll(pre);
      return test;
    }
    List<Event> events = new ArrayList<>();
    for (Stmt s : pre) {
      Stmt.collectEvents(s, events);
    }
    return events.isEmpty() ? test : new Cond.Effects(events, test);
  }

  /** {@code cond(raw, null)}. */
  Cond cond(JCExpression raw) {
    return cond(raw, null);
  }



  static boolean isBoolean(Type t) {
    return t != null && (t.hasTag(TypeTag.BOOLEAN)
        || t.tsym != null && t.tsym.getQualifiedName().contentEquals("java.lang.Boolean"));
  }

  /** An argument as a count: a constant, or a symbolic value of an effectively-final local. */
  Count countOf(JCExpression raw) {
    JCExpression e = TreeInfo.skipParens(raw);
    if (e.type != null && e.type.constValue() instanceof Number n && !(e.type.constValue() instanceof Double)
        && !(e.type.constValue() instanceof Float)) {
      return Count.of(n.longValue());
    }
    if (e instanceof JCIdent id && TreeInfo.symbol(id) instanceof VarSymbol v && isIntegral(v.type)) {
      Ref.Local l = effectivelyFinalLocal(v);
      return l == null ? Count.UNKNOWN : new Count.Sym("var:" + l.name() + "#" + l.id());
    }
    if (e instanceof JCMethodInvocation inv && inv.args.isEmpty()
        && inv.meth instanceof JCFieldAccess fa && fa.name.contentEquals("size")) {
      return sizeOf(fa.selected);
    }
    if (e instanceof JCFieldAccess fa && fa.name.contentEquals("length")
        && fa.selected.type != null && fa.selected.type.hasTag(TypeTag.ARRAY)) {
      return sizeOf(fa.selected);
    }
    return Count.UNKNOWN;
  }

  /** {@code size:NAME#ID} for an effectively-final local collection or array. */
  Count sizeOf(JCExpression raw) {
    JCExpression e = TreeInfo.skipParens(raw);
    if (e instanceof JCIdent id && TreeInfo.symbol(id) instanceof VarSymbol v) {
      Ref.Local l = effectivelyFinalLocal(v);
      if (l != null) {
        return new Count.Sym("size:" + l.name() + "#" + l.id());
      }
    }
    return Count.UNKNOWN;
  }

  private Ref.Local effectivelyFinalLocal(VarSymbol v) {
    if (v.owner instanceof ClassSymbol
        || (v.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) == 0) {
      return null;
    }
    return b.local(v);
  }

  static boolean isIntegral(Type t) {
    if (t == null) {
      return false;
    }
    return switch (t.getTag()) {
      case INT, LONG, SHORT, BYTE -> true;
      default -> false;
    };
  }
}
