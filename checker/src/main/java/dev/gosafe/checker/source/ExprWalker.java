package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import dev.gosafe.checker.model.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates expressions: the events they cause in evaluation order (as {@link Stmt}s, since
 * assignments yield {@link Stmt.Bind}/{@link Stmt.Assign}), the object an expression denotes, branch
 * conditions, counts. Calls are resolved by {@link CallResolver} and given meaning by
 * {@link CallTranslator}.
 */
final class ExprWalker {
  private final MethodWalker m;
  private final CallTranslator calls;
  private final java.util.Map<Ref.Local, Ref.Part> parts = new java.util.HashMap<>();

  ExprWalker(MethodWalker m) {
    this.m = m;
    this.calls = new CallTranslator(m, this);
  }

  private SourcePos pos(Node n) {
    return m.ctx.lines().begin(n);
  }

  /** Evaluates {@code e} for its effects. */
  void effects(Expression e, List<Stmt> out) {
    value(e, out, Ref.UNKNOWN);
  }

  /** A local bound to a lock part stands for that part (see EventFactory's receiver convention). */
  Ref partBinding(Ref r) {
    Ref.Part p = r instanceof Ref.Local l ? parts.get(l) : null;
    return p != null ? p : r;
  }

  /** Evaluates {@code e}; returns the object it denotes ({@link Ref#UNKNOWN} when not known). */
  Ref value(Expression e, List<Stmt> out) {
    return value(e, out, null);
  }

  /** As {@link #value(Expression, List)}, creating objects into {@code target} when not null. */
  Ref value(Expression e, List<Stmt> out, Ref target) {
    if (e instanceof EnclosedExpr p) {
      return value(p.getInner(), out, target);
    }
    if (e instanceof CastExpr c) {
      return value(c.getExpression(), out, target);
    }
    if (e instanceof NameExpr n) {
      return name(n.getNameAsString());
    }
    if (e instanceof ThisExpr) {
      return new Ref.Field(m.cls.name(), "this", true);
    }
    if (e instanceof FieldAccessExpr f) {
      return fieldAccess(f, out);
    }
    if (e instanceof MethodCallExpr c) {
      return calls.call(c, out, target);
    }
    if (e instanceof ObjectCreationExpr c) {
      return calls.creation(c, out, target);
    }
    if (e instanceof VariableDeclarationExpr v) {
      declaration(v, out);
      return Ref.UNKNOWN;
    }
    if (e instanceof AssignExpr a) {
      assignment(a, out);
      return Ref.UNKNOWN;
    }
    if (e instanceof ConditionalExpr c) {
      Cond cond = cond(c.getCondition());
      List<Stmt> then = new ArrayList<>();
      List<Stmt> otherwise = new ArrayList<>();
      value(c.getThenExpr(), then);
      value(c.getElseExpr(), otherwise);
      if (!then.isEmpty() || !otherwise.isEmpty() || !(cond instanceof Cond.Unknown)) {
        out.add(new Stmt.If(cond, block(then), block(otherwise), pos(c)));
      }
      return Ref.UNKNOWN;
    }
    if (e instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND
        || b.getOperator() == BinaryExpr.Operator.OR)) {
      Cond cond = cond(b);
      if (!(cond instanceof Cond.Unknown)) {
        out.add(new Stmt.If(cond, Stmt.EMPTY, Stmt.EMPTY, pos(b)));
      }
      return Ref.UNKNOWN;
    }
    if (e instanceof LambdaExpr l) {
      captureEscapes(l, out);
      return Ref.UNKNOWN;
    }
    if (e instanceof SwitchExpr s) {
      value(s.getSelector(), out);
      out.add(m.switchStmt(s.getEntries(), pos(s)));
      return Ref.UNKNOWN;
    }
    if (e instanceof ArrayAccessExpr a) {
      value(a.getName(), out);
      value(a.getIndex(), out);
      return Ref.UNKNOWN;
    }
    // everything else: evaluate sub-expressions left to right
    for (Node child : e.getChildNodes()) {
      if (child instanceof Expression ce) {
        value(ce, out);
      }
    }
    return Ref.UNKNOWN;
  }

  private static Stmt block(List<Stmt> s) {
    return s.size() == 1 ? s.get(0) : new Stmt.Block(List.copyOf(s));
  }

  /** The object a simple name denotes: a local, a field of this or an enclosing class, else unknown. */
  Ref name(String name) {
    Optional<Scope.Var> v = m.scope.lookup(name);
    if (v.isPresent()) {
      return v.get().ref();
    }
    ClassInfo owner = m.cls.declaring(name);
    if (owner != null) {
      return new Ref.Field(owner.name(), name, true);
    }
    return Ref.UNKNOWN;
  }

  private Ref fieldAccess(FieldAccessExpr f, List<Stmt> out) {
    Expression scope = f.getScope();
    String field = f.getNameAsString();
    if (scope instanceof ThisExpr t) {
      ClassInfo owner = t.getTypeName().isPresent()
          ? outerNamed(t.getTypeName().get().getIdentifier()) : m.cls;
      if (owner != null && owner.declaring(field) != null) {
        return new Ref.Field(owner.declaring(field).name(), field, true);
      }
      return Ref.UNKNOWN;
    }
    if (isTypeName(scope)) {
      Optional<TypeInfo> type = m.ctx.types().named(scope.toString());
      if (type.isPresent()) {
        return new Ref.Field(type.get().name(), field, true);
      }
      return Ref.UNKNOWN;
    }
    value(scope, out);
    return Ref.UNKNOWN;
  }

  private ClassInfo outerNamed(String simple) {
    for (ClassInfo c = m.cls; c != null; c = c.outer()) {
      String n = c.name();
      if (n.equals(simple) || n.endsWith("." + simple) || n.endsWith("$" + simple)) {
        return c;
      }
    }
    return null;
  }

  /** Whether {@code e} is a name that denotes a type here (not a local or field). */
  boolean isTypeName(Expression e) {
    if (e instanceof NameExpr n) {
      String name = n.getNameAsString();
      return m.scope.lookup(name).isEmpty() && m.cls.declaring(name) == null
          && m.ctx.types().named(name).isPresent();
    }
    if (e instanceof FieldAccessExpr f) {
      Expression root = f;
      while (root instanceof FieldAccessExpr fa) {
        root = fa.getScope();
      }
      if (!(root instanceof NameExpr rn) || m.scope.lookup(rn.getNameAsString()).isPresent()
          || m.cls.declaring(rn.getNameAsString()) != null) {
        return false;
      }
      return m.ctx.types().named(f.toString()).isPresent();
    }
    return false;
  }

  /** The static type of {@code e}: declared types of locals and fields first, then the solver. */
  Optional<TypeInfo> typeOf(Expression e) {
    if (e instanceof EnclosedExpr p) {
      return typeOf(p.getInner());
    }
    if (e instanceof NameExpr n) {
      Optional<Scope.Var> v = m.scope.lookup(n.getNameAsString());
      if (v.isPresent() && v.get().type().isPresent()) {
        return v.get().type();
      }
      if (v.isEmpty()) {
        ClassInfo owner = m.cls.declaring(n.getNameAsString());
        if (owner != null && owner.fieldType(n.getNameAsString()).isPresent()) {
          return owner.fieldType(n.getNameAsString());
        }
      }
    }
    if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
        && m.cls.declaring(f.getNameAsString()) != null) {
      Optional<TypeInfo> t = m.cls.declaring(f.getNameAsString()).fieldType(f.getNameAsString());
      if (t.isPresent()) {
        return t;
      }
    }
    return m.ctx.types().ofExpression(e);
  }

  Optional<ObjKind> kindOf(Expression e) {
    return typeOf(e).flatMap(m.ctx.library()::kindOf);
  }

  /** {@code T x = init, y;}: each declarator is declared, then gets its initial value. */
  void declaration(VariableDeclarationExpr v, List<Stmt> out) {
    for (VariableDeclarator d : v.getVariables()) {
      Optional<Expression> init = d.getInitializer();
      if (d.getType().isVarType() && init.isPresent()) {
        // the type of `var` is its initializer's
        Ref.Local ref = new Ref.Local(d.getNameAsString(), pos(v).offset());
        Optional<TypeInfo> t = typeOf(init.get());
        Optional<ObjKind> kind = t.flatMap(m.ctx.library()::kindOf);
        boolean bool = t.map(ti -> ti.name().equals("java.lang.Boolean")).orElse(false)
            || isBooleanExpr(init.get());
        Scope.Var var = new Scope.Var(ref, t, kind, bool);
        // the initializer is evaluated before the variable is in scope
        assignTo(ref, Optional.of(var), init.get(), out);
        m.scope.declare(var);
        continue;
      }
      if (init.isPresent()) {
        // evaluate the initializer first, then declare (a lambda in it cannot see the variable)
        Scope.Var var = varFor(d, v);
        assignTo(var.ref(), Optional.of(var), init.get(), out);
        m.scope.declare(var);
      } else {
        m.declare(d.getNameAsString(), v, d.getType());
      }
    }
  }

  private Scope.Var varFor(VariableDeclarator d, Node decl) {
    Ref.Local ref = m.declare(d.getNameAsString(), decl, d.getType());
    Scope.Var var = m.scope.lookup(d.getNameAsString()).orElseThrow();
    return new Scope.Var(ref, var.type(), var.kind(), var.isBoolean());
  }

  private static boolean isBooleanExpr(Expression e) {
    return e instanceof BooleanLiteralExpr
        || e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
        || e instanceof BinaryExpr b && switch (b.getOperator()) {
          case AND, OR, EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> true;
          default -> false;
        };
  }

  /**
   * {@code target = init}: events of {@code init}; then a boolean local gets an {@link Stmt.Assign},
   * a local of a concurrency type a {@link Stmt.Bind} (unless {@code init} created the object right
   * into it), a field an {@link Event.Escape} of the tracked object stored.
   */
  void assignTo(Ref target, Optional<Scope.Var> var, Expression init, List<Stmt> out) {
    SourcePos pos = pos(init.getParentNode().orElse(init));
    if (var.isPresent() && var.get().isBoolean()) {
      Cond c = cond(init);
      out.add(new Stmt.Assign(var.get().ref(), c, pos));
      return;
    }
    boolean tracked = var.map(v -> v.kind().isPresent()).orElse(false);
    Ref value = value(init, out, target instanceof Ref.Local || target instanceof Ref.Field
        ? target : null);
    if (target instanceof Ref.Local local) {
      if (tracked && !value.equals(target) && !createdInto(out, target)) {
        out.add(new Stmt.Bind(local, value, pos));
        if (value instanceof Ref.Part p && Finality.isEffectivelyFinal(init, local.name())) {
          parts.put(local, p);
        }
      }
    } else if (target instanceof Ref.Field) {
      if (value.isTracked() && !value.equals(target) && !createdInto(out, target)) {
        out.add(new Stmt.Do(new Event.Escape(value, pos)));
      }
    }
  }

  private static boolean createdInto(List<Stmt> out, Ref target) {
    for (Stmt s : out) {
      if (s instanceof Stmt.Do d && d.event() instanceof Event.New n && n.target().equals(target)) {
        return true;
      }
      if (s instanceof Stmt.Do d && d.event() instanceof Event.Start st && st.handle().equals(target)) {
        return true;
      }
    }
    return false;
  }

  private void assignment(AssignExpr a, List<Stmt> out) {
    Expression target = a.getTarget();
    if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
      value(target, out);
      value(a.getValue(), out);
      if (target instanceof NameExpr n) {
        m.scope.lookup(n.getNameAsString()).filter(Scope.Var::isBoolean)
            .ifPresent(v -> out.add(new Stmt.Assign(v.ref(), Cond.UNKNOWN, pos(a))));
      }
      return;
    }
    if (target instanceof NameExpr n) {
      Optional<Scope.Var> v = m.scope.lookup(n.getNameAsString());
      if (v.isPresent()) {
        assignTo(v.get().ref(), v, a.getValue(), out);
        return;
      }
    }
    Ref ref = target instanceof NameExpr || target instanceof FieldAccessExpr
        ? value(target, out) : Ref.UNKNOWN;
    if (ref instanceof Ref.Field) {
      assignTo(ref, Optional.empty(), a.getValue(), out);
      return;
    }
    if (!(target instanceof NameExpr)) {
      value(target, out);
    }
    Ref stored = value(a.getValue(), out);
    if (stored.isTracked()) {
      out.add(new Stmt.Do(new Event.Escape(stored, pos(a))));
    }
  }

  /** {@code return e;}: the value leaves the method. */
  void escaping(Expression e, List<Stmt> out, SourcePos pos) {
    Ref r = value(e, out);
    if (r.isTracked() && !(r instanceof Ref.Field)) {
      out.add(new Stmt.Do(new Event.Escape(r, pos)));
    }
  }

  /** A lambda that is not a task body: the concurrency objects it captures escape. */
  void captureEscapes(LambdaExpr l, List<Stmt> out) {
    List<Ref> seen = new ArrayList<>();
    for (NameExpr n : l.findAll(NameExpr.class)) {
      Optional<Scope.Var> v = m.scope.lookup(n.getNameAsString());
      if (v.isPresent() && v.get().kind().isPresent() && !seen.contains(v.get().ref())
          && !declaredInside(l, n.getNameAsString())) {
        seen.add(v.get().ref());
        out.add(new Stmt.Do(new Event.Escape(v.get().ref(), pos(l))));
      }
    }
  }

  private static boolean declaredInside(LambdaExpr l, String name) {
    return l.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))
        || l.findAll(VariableDeclarator.class).stream()
            .anyMatch(d -> d.getNameAsString().equals(name));
  }

  void constructorCall(ExplicitConstructorInvocationStmt ec, List<Stmt> out) {
    calls.explicitConstructor(ec, out);
  }

  /** A try-with-resources resource. */
  Stmt.Resource resource(Expression r) {
    List<Stmt> init = new ArrayList<>();
    Ref ref;
    Optional<ObjKind> kind;
    if (r instanceof VariableDeclarationExpr v) {
      declaration(v, init);
      String name = v.getVariables().get(0).getNameAsString();
      Scope.Var var = m.scope.lookup(name).orElseThrow();
      ref = var.ref();
      kind = var.kind();
    } else {
      ref = value(r, init);
      kind = kindOf(r);
    }
    List<Event> onClose = calls.closeEvents(ref, kind, init, pos(r));
    return new Stmt.Resource(block(init), onClose);
  }

  // ---- conditions ----

  /** A branch condition. */
  Cond cond(Expression e) {
    if (e instanceof EnclosedExpr p) {
      return cond(p.getInner());
    }
    if (e instanceof BooleanLiteralExpr b) {
      return new Cond.Const(b.getValue());
    }
    if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return new Cond.Not(cond(u.getExpression()));
    }
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
      return new Cond.And(cond(b.getLeft()), cond(b.getRight()));
    }
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR) {
      return new Cond.Or(cond(b.getLeft()), cond(b.getRight()));
    }
    if (e instanceof NameExpr n) {
      Optional<Scope.Var> v = m.scope.lookup(n.getNameAsString());
      if (v.isPresent() && v.get().isBoolean()) {
        return new Cond.Var(v.get().ref());
      }
      return Cond.UNKNOWN;
    }
    if (e instanceof MethodCallExpr c) {
      List<Stmt> out = new ArrayList<>();
      Optional<Cond> tryAcquire = calls.tryAcquire(c, out);
      if (tryAcquire.isPresent()) {
        return effects(out, tryAcquire.get());
      }
    }
    List<Stmt> out = new ArrayList<>();
    value(e, out);
    return effects(out, Cond.UNKNOWN);
  }

  private static Cond effects(List<Stmt> out, Cond test) {
    List<Event> events = new ArrayList<>();
    for (Stmt s : out) {
      if (s instanceof Stmt.Do d) {
        events.add(d.event());
      }
    }
    return events.isEmpty() ? test : new Cond.Effects(List.copyOf(events), test);
  }

  // ---- counts ----

  /** A count argument: a constant, an effectively-final local, a local collection's size. */
  Count count(Expression e) {
    if (e instanceof EnclosedExpr p) {
      return count(p.getInner());
    }
    if (e instanceof NameExpr n) {
      Optional<Scope.Var> v = m.scope.lookup(n.getNameAsString());
      if (v.isPresent()) {
        return Finality.isEffectivelyFinal(n, v.get().ref().name())
            ? new Count.Sym("var:" + v.get().ref().name() + "#" + v.get().ref().id())
            : Count.UNKNOWN;
      }
    }
    Long c = Constants.value(e, m.cls);
    if (c != null) {
      return Count.of(c);
    }
    if (e instanceof MethodCallExpr c2 && c2.getArguments().isEmpty()
        && c2.getNameAsString().equals("size") && c2.getScope().isPresent()) {
      return sizeOf(c2.getScope().get());
    }
    if (e instanceof FieldAccessExpr f && f.getNameAsString().equals("length")) {
      return sizeOf(f.getScope());
    }
    return Count.UNKNOWN;
  }

  /** The size of an effectively-final local collection or array, symbolically. */
  Count sizeOf(Expression e) {
    if (e instanceof EnclosedExpr p) {
      return sizeOf(p.getInner());
    }
    if (e instanceof NameExpr n) {
      Optional<Scope.Var> v = m.scope.lookup(n.getNameAsString());
      if (v.isPresent() && Finality.isEffectivelyFinal(n, v.get().ref().name())) {
        return new Count.Sym("size:" + v.get().ref().name() + "#" + v.get().ref().id());
      }
    }
    return Count.UNKNOWN;
  }
}
