package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Whether a local is effectively final: no assignment, increment or decrement of its name anywhere
 * in the outermost member that uses it (by name, which only errs towards "not final"). A local
 * declared without initializer and assigned once is not recognised (conservative).
 */
final class Finality {
  private static final Map<Node, Set<String>> ASSIGNED =
      java.util.Collections.synchronizedMap(new WeakHashMap<>());

  private Finality() {}

  static boolean isEffectivelyFinal(Node use, String name) {
    Node member = outermostMember(use);
    Set<String> assigned = ASSIGNED.computeIfAbsent(member, Finality::assignedNames);
    return !assigned.contains(name);
  }

  private static Node outermostMember(Node n) {
    Node member = n;
    for (Node cur = n; cur != null; cur = cur.getParentNode().orElse(null)) {
      if (cur instanceof BodyDeclaration<?> && !(cur instanceof TypeDeclaration<?>)) {
        member = cur;
      }
    }
    return member;
  }

  private static Set<String> assignedNames(Node member) {
    Set<String> names = new HashSet<>();
    for (AssignExpr a : member.findAll(AssignExpr.class)) {
      if (a.getTarget() instanceof NameExpr n) {
        names.add(n.getNameAsString());
      }
    }
    for (UnaryExpr u : member.findAll(UnaryExpr.class)) {
      if ((u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
          || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
          || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
          || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT)
          && u.getExpression() instanceof NameExpr n) {
        names.add(n.getNameAsString());
      }
    }
    return names;
  }
}
