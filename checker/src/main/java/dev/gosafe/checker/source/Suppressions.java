package dev.gosafe.checker.source;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code @SuppressWarnings("ID")} as Error Prone honours it: on any enclosing declaration (class,
 * method, field, local variable, parameter) of the reported position.
 */
final class Suppressions {
  private record Scope(Range range, Set<String> ids) {}

  private final List<Scope> scopes = new ArrayList<>();

  Suppressions(CompilationUnit cu) {
    for (AnnotationExpr a : cu.findAll(AnnotationExpr.class)) {
      String name = a.getNameAsString();
      if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
        continue;
      }
      Set<String> ids = values(a);
      Node annotated = a.getParentNode().orElse(null);
      if (annotated != null && annotated.getRange().isPresent() && !ids.isEmpty()) {
        scopes.add(new Scope(annotated.getRange().get(), ids));
      }
    }
  }

  boolean suppressed(String ruleId, int line, int column) {
    if (ruleId == null || line <= 0) {
      return false;
    }
    com.github.javaparser.Position p = new com.github.javaparser.Position(line, Math.max(1, column));
    for (Scope s : scopes) {
      if (s.ids().contains(ruleId) && s.range().contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> values(AnnotationExpr a) {
    Expression v = null;
    if (a instanceof SingleMemberAnnotationExpr s) {
      v = s.getMemberValue();
    } else if (a instanceof NormalAnnotationExpr n) {
      for (MemberValuePair p : n.getPairs()) {
        if (p.getNameAsString().equals("value")) {
          v = p.getValue();
        }
      }
    }
    List<String> out = new ArrayList<>();
    if (v instanceof StringLiteralExpr s) {
      out.add(s.asString());
    } else if (v instanceof ArrayInitializerExpr arr) {
      for (Expression e : arr.getValues()) {
        if (e instanceof StringLiteralExpr s) {
          out.add(s.asString());
        }
      }
    }
    return Set.copyOf(out);
  }
}
