package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves simple names to their declarations by Java's scoping rules, syntactically: locals,
 * parameters, catch and resource variables, pattern variables, then the fields of the enclosing
 * classes. (A name the walk cannot place is left to the symbol solver by the caller.)
 */
final class Names {
  private final Map<Node, ClassInfo> classes;
  private final Map<NameExpr, Optional<Decl>> cache = new IdentityHashMap<>();

  Names(Map<Node, ClassInfo> classes) {
    this.classes = classes;
  }

  Optional<Decl> resolve(NameExpr n) {
    Optional<Decl> d = cache.get(n);
    if (d == null) {
      d = find(n.getNameAsString(), n);
      cache.put(n, d);
    }
    return d;
  }

  /** The declaration of {@code name} visible at {@code at}. */
  Optional<Decl> find(String name, Node at) {
    Node child = at;
    Node parent = at.getParentNode().orElse(null);
    while (parent != null) {
      Decl d = declaredIn(parent, child, name);
      if (d != null) {
        return Optional.of(d);
      }
      ClassInfo c = classes.get(parent);
      if (c != null && c.fields.containsKey(name)) {
        return Optional.of(c.fields.get(name));
      }
      child = parent;
      parent = parent.getParentNode().orElse(null);
    }
    return Optional.empty();
  }

  private static Decl declaredIn(Node parent, Node child, String name) {
    if (parent instanceof BlockStmt b) {
      return before(b.getStatements(), child, name);
    }
    if (parent instanceof SwitchEntry e) {
      Decl d = before(e.getStatements(), child, name);
      if (d != null) {
        return d;
      }
      // old-style groups share one scope: earlier groups' declarations are visible
      if (e.getParentNode().orElse(null) instanceof SwitchStmt sw) {
        for (SwitchEntry prev : sw.getEntries()) {
          if (prev == e) {
            break;
          }
          d = before(prev.getStatements(), null, name);
          if (d != null) {
            return d;
          }
        }
      }
      return null;
    }
    if (parent instanceof LambdaExpr l) {
      for (Parameter p : l.getParameters()) {
        if (p.getNameAsString().equals(name)) {
          return local(name, p, p.getType().isUnknownType() ? null : p.getType(), null);
        }
      }
      return null;
    }
    if (parent instanceof CallableDeclaration<?> m) {
      for (Parameter p : m.getParameters()) {
        if (p.getNameAsString().equals(name)) {
          return local(name, p, p.getType(), null);
        }
      }
      return null;
    }
    if (parent instanceof CatchClause c && child == c.getBody()) {
      Parameter p = c.getParameter();
      return p.getNameAsString().equals(name) ? local(name, p, p.getType(), null) : null;
    }
    if (parent instanceof ForStmt f && !f.getInitialization().contains(child)) {
      for (Expression init : f.getInitialization()) {
        Decl d = declared(init, name);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (parent instanceof ForStmt f) {
      // a later initializer sees the earlier ones
      for (Expression init : f.getInitialization()) {
        if (init == child) {
          break;
        }
        Decl d = declared(init, name);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (parent instanceof ForEachStmt f && child == f.getBody()) {
      return declared(f.getVariable(), name);
    }
    if (parent instanceof TryStmt t) {
      List<Expression> resources = t.getResources();
      boolean inBody = child == t.getTryBlock();
      for (Expression r : resources) {
        if (r == child) {
          break;
        }
        if (!inBody && !resources.contains(child)) {
          break;
        }
        Decl d = declared(r, name);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (parent instanceof IfStmt i && child != i.getCondition()) {
      return pattern(i.getCondition(), name);
    }
    if (parent instanceof WhileStmt w && child == w.getBody()) {
      return pattern(w.getCondition(), name);
    }
    if (parent instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND
        && child == b.getRight()) {
      return pattern(b.getLeft(), name);
    }
    return null;
  }

  private static Decl before(List<Statement> stmts, Node child, String name) {
    Decl found = null;
    for (Statement s : stmts) {
      if (s == child) {
        break;
      }
      if (s instanceof ExpressionStmt es) {
        Decl d = declared(es.getExpression(), name);
        if (d != null) {
          found = d;
        }
      }
    }
    return found;
  }

  private static Decl declared(Expression e, String name) {
    if (e instanceof VariableDeclarationExpr v) {
      for (VariableDeclarator d : v.getVariables()) {
        if (d.getNameAsString().equals(name)) {
          return local(name, v, d.getType().isVarType() ? null : d.getType(),
              d.getInitializer().orElse(null));
        }
      }
    }
    return null;
  }

  private static Decl pattern(Expression cond, String name) {
    for (PatternExpr p : cond.findAll(PatternExpr.class)) {
      if (p instanceof TypePatternExpr t && t.getNameAsString().equals(name)) {
        return local(name, t, t.getType(), null);
      }
    }
    return null;
  }

  private static Decl local(String name, Node decl, com.github.javaparser.ast.type.Type type,
      Node init) {
    boolean isFinal = decl instanceof VariableDeclarationExpr v && v.isFinal()
        || decl instanceof Parameter p && p.isFinal();
    return new Decl(name, decl, type, init, null, false, isFinal);
  }
}
