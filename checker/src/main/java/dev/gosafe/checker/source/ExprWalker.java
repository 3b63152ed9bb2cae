package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import dev.gosafe.checker.model.TypeInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expressions of the source front end (mirrors {@code JavacExpressions}): what they do in
 * evaluation order, the object they denote, branch conditions and counts. Calls are
 * {@link Calls}'.
 */
final class ExprWalker {
  /** A field as resolved: its declaring class's model name, staticness and type. */
  record FieldRef(String owner, boolean isStatic, Optional<TypeInfo> type, Node decl) {}

  private final Builder b;
  final Calls calls;
  private final Counts counts;

  ExprWalker(Builder b) {
    this.b = b;
    this.calls = new Calls(b, this);
    this.counts = new Counts(b, this);
  }

  // ---- values -------------------------------------------------------------------------------

  /**
   * Translates {@code e}, appending what it does to {@code out}.
   *
   * @param result where the value goes: a local, {@link Ref#UNKNOWN} (discarded) or null (used)
   */
  Value eval(Expression e, List<Stmt> out, Ref result) {
    if (e == null) {
      return Value.UNKNOWN;
    }
    switch (e) {
      case EnclosedExpr p -> {
        return eval(p.getInner(), out, result);
      }
      case CastExpr c -> {
        return eval(c.getExpression(), out, result);
      }
      case NameExpr n -> {
        return Value.of(varRef(n, false));
      }
      case FieldAccessExpr fa -> {
        return fieldAccess(fa, out);
      }
      case MethodCallExpr c -> {
        return calls.call(c, out, result, false);
      }
      case ObjectCreationExpr c -> {
        return calls.newClass(c, out, result);
      }
      case LambdaExpr l -> {
        escapeCaptured(l, b.pos(l), out);
        return Value.UNKNOWN;
      }
      case MethodReferenceExpr mr -> {
        memberReference(mr, out);
        return Value.UNKNOWN;
      }
      case ConditionalExpr c -> {
        Cond test = cond(c.getCondition());
        List<Stmt> yes = new ArrayList<>();
        List<Stmt> no = new ArrayList<>();
        escapeIfTracked(eval(c.getThenExpr(), yes, null).ref(), yes, b.pos(c.getThenExpr()));
        escapeIfTracked(eval(c.getElseExpr(), no, null).ref(), no, b.pos(c.getElseExpr()));
        out.add(new Stmt.If(test, Builder.block(yes), Builder.block(no), b.pos(c)));
        return Value.UNKNOWN;
      }
      case BinaryExpr bin when bin.getOperator() == BinaryExpr.Operator.AND
          || bin.getOperator() == BinaryExpr.Operator.OR -> {
        eval(bin.getLeft(), out, null);
        List<Stmt> right = new ArrayList<>();
        eval(bin.getRight(), right, null);
        if (!right.isEmpty()) {
          out.add(new Stmt.If(Cond.UNKNOWN, Builder.block(right), Stmt.EMPTY,
              b.pos(bin.getRight())));
        }
        return Value.UNKNOWN;
      }
      case AssignExpr a when a.getOperator() == AssignExpr.Operator.ASSIGN -> {
        return b.s.assign(a, out);
      }
      case AssignExpr a -> {
        eval(a.getTarget(), out, null);
        eval(a.getValue(), out, null);
        return Value.UNKNOWN;
      }
      case UnaryExpr u -> {
        eval(u.getExpression(), out, null);
        return Value.UNKNOWN;
      }
      case LiteralExpr lit -> {
        return Value.UNKNOWN;
      }
      case SwitchExpr sw -> {
        out.add(b.s.switchStmt(sw.getSelector(), sw.getEntries(), sw, out));
        return Value.UNKNOWN;
      }
      case ThisExpr t -> {
        return Value.UNKNOWN;
      }
      case SuperExpr t -> {
        return Value.UNKNOWN;
      }
      case ClassExpr c -> {
        return Value.UNKNOWN;
      }
      case TypeExpr t -> {
        return Value.UNKNOWN;
      }
      case VariableDeclarationExpr v -> {
        return Value.UNKNOWN;
      }
      default -> {
        generic(e, out);
        return Value.UNKNOWN;
      }
    }
  }

  /** Any other expression: its sub-expressions in order; tracked values flowing into it escape. */
  private void generic(Node e, List<Stmt> out) {
    for (Node child : e.getChildNodes()) {
      if (child instanceof Expression sub) {
        escapeIfTracked(eval(sub, out, null).ref(), out, b.pos(sub));
      } else if (!b.classes.containsKey(child)) {
        generic(child, out);
      }
    }
  }

  private Value fieldAccess(FieldAccessExpr fa, List<Stmt> out) {
    Optional<FieldRef> f = field(fa);
    Expression scope = fa.getScope();
    if (f.isPresent()) {
      boolean onThis = f.get().isStatic() || isThis(scope);
      if (!f.get().isStatic() && !isThis(scope) && !isTypeName(scope)) {
        eval(scope, out, null);
      }
      if (onThis && f.get().decl() != null && b.partAliases.get(f.get().decl()) != null) {
        return Value.of(b.partAliases.get(f.get().decl()));
      }
      return Value.of(b.isTracked(f.get().type())
          ? new Ref.Field(f.get().owner(), fa.getNameAsString(), onThis) : Ref.UNKNOWN);
    }
    if (!isTypeName(scope)) {
      eval(scope, out, null);
    }
    return Value.UNKNOWN;
  }

  /** The field {@code fa} denotes, if it is one and it can be resolved. */
  Optional<FieldRef> field(FieldAccessExpr fa) {
    Expression scope = Statements.unwrap(fa.getScope());
    String name = fa.getNameAsString();
    ClassInfo in = null;
    if (scope instanceof ThisExpr t) {
      in = t.getTypeName().isEmpty() ? b.current : enclosingNamed(t.getTypeName().get().asString());
    } else if (isTypeName(scope)) {
      in = b.types.named(scope.toString()).map(ti -> classNamed(ti.name())).orElse(null);
    } else if (!(scope instanceof SuperExpr)) {
      in = typeOf(scope).map(ti -> classNamed(ti.name())).orElse(null);
    }
    if (in != null && in.fields.containsKey(name)) {
      Decl d = in.fields.get(name);
      return Optional.of(new FieldRef(in.name, d.isStatic(), b.typeOf(d), d.decl()));
    }
    if (in == null && !b.types.mayBeTypedFieldOfAnyClass(name)) {
      return Optional.empty(); // no checked file declares a tracked field of that name
    }
    try {
      ResolvedValueDeclaration v = fa.resolve();
      if (v.isField()) {
        ResolvedFieldDeclaration f = v.asField();
        return Optional.of(new FieldRef(modelName(f.declaringType().getQualifiedName()),
            f.isStatic(), b.types.of(f.getType()), null));
      }
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      // not a field we can name
    }
    return Optional.empty();
  }

  private ClassInfo enclosingNamed(String simple) {
    for (ClassInfo c = b.current; c != null; c = c.outer) {
      if (c.node instanceof com.github.javaparser.ast.body.TypeDeclaration<?> t
          && (t.getNameAsString().equals(simple) || c.name.equals(simple)
          || c.name.endsWith("." + simple))) {
        return c;
      }
    }
    return null;
  }

  /** The class of this file whose model name is {@code name}, or null. */
  ClassInfo classNamed(String name) {
    for (ClassInfo c : b.classes.values()) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** The model name of a class (javac's qualified, or binary name for local and anonymous classes). */
  String modelName(String qualified) {
    return qualified;
  }

  String modelName(TypeInfo t) {
    return modelName(t.name());
  }

  /**
   * The ref of a simple name: a tracked local or field; with {@code anyType} also locals and
   * fields of other types (monitors).
   */
  Ref varRef(NameExpr n, boolean anyType) {
    Optional<Decl> found = b.names.resolve(n);
    if (found.isEmpty()) {
      return solvedField(n, anyType);
    }
    Decl d = found.get();
    if (!d.isField()) {
      Ref.Part part = b.partAliases.get(d.decl());
      if (part != null) {
        return part;
      }
      return anyType || b.isTracked(b.typeOf(d)) ? b.local(d) : Ref.UNKNOWN;
    }
    Ref.Part fieldPart = b.partAliases.get(d.decl());
    if (fieldPart != null) {
      return fieldPart;
    }
    if (!anyType && !b.isTracked(b.typeOf(d))) {
      return Ref.UNKNOWN;
    }
    return new Ref.Field(d.owner().name, d.name(), true);
  }

  /** A name the syntactic scopes do not declare: an inherited or statically imported field. */
  /** The current class and its enclosing classes, innermost first (model names). */
  private List<String> enclosingClassNames() {
    List<String> out = new java.util.ArrayList<>();
    for (ClassInfo c = b.current; c != null; c = c.outer) {
      out.add(c.name);
    }
    return out;
  }

  /** Answers of {@link #solvedField} by class, name and anyType: the same for every use. */
  private final java.util.Map<String, Ref> solvedFields = new java.util.HashMap<>();

  private Ref solvedField(NameExpr n, boolean anyType) {
    if (!anyType && !b.types.mayBeTypedField(n.getNameAsString(), enclosingClassNames())) {
      return Ref.UNKNOWN; // no checked file declares a tracked field of that name
    }
    // a name without a declaration in scope means the same field (or nothing) throughout a class
    String key = b.current.name + "#" + n.getNameAsString() + "#" + anyType;
    Ref known = solvedFields.get(key);
    if (known == null) {
      known = resolveField(n, anyType);
      solvedFields.put(key, known);
    }
    return known;
  }

  private Ref resolveField(NameExpr n, boolean anyType) {
    if (b.types.named(n.getNameAsString()).isPresent()) {
      return Ref.UNKNOWN; // a type name
    }
    try {
      ResolvedValueDeclaration v = n.resolve();
      if (v.isField()) {
        ResolvedFieldDeclaration f = v.asField();
        if (anyType || b.isTracked(b.types.of(f.getType()))) {
          return new Ref.Field(modelName(f.declaringType().getQualifiedName()), n.getNameAsString(),
              true);
        }
      }
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      // unknown
    }
    return Ref.UNKNOWN;
  }

  /** {@code this}, {@code Outer.this}, {@code super}. */
  boolean isThis(Expression e) {
    Expression u = Statements.unwrap(e);
    return u instanceof ThisExpr || u instanceof SuperExpr;
  }

  /** Whether {@code e} names a type or package rather than a value. */
  boolean isTypeName(Expression e) {
    if (e instanceof TypeExpr) {
      return true;
    }
    if (e instanceof NameExpr n) {
      return b.names.resolve(n).isEmpty() && isTypeOrPackage(n.getNameAsString(), n);
    }
    if (e instanceof FieldAccessExpr f) {
      Expression root = f;
      while (root instanceof FieldAccessExpr fa) {
        root = fa.getScope();
      }
      if (!(root instanceof NameExpr rn) || b.names.resolve(rn).isPresent()) {
        return false;
      }
      if (b.types.named(f.toString()).isPresent()) {
        return true;
      }
      // a package prefix (java.util) or a field of a type (Config.LIMIT)
      return isTypeName(f.getScope()) ? false : isPackage(f.toString());
    }
    return false;
  }

  /** Answers by simple name: not a local nor a field of this file's classes, so fixed per file. */
  private final java.util.Map<String, Boolean> typeOrPackage = new java.util.HashMap<>();

  private boolean isTypeOrPackage(String name, NameExpr at) {
    Boolean known = typeOrPackage.get(name);
    if (known == null) {
      known = computeTypeOrPackage(name, at);
      typeOrPackage.put(name, known);
    }
    return known;
  }

  private boolean computeTypeOrPackage(String name, NameExpr at) {
    if (b.types.named(name).isPresent()) {
      return true;
    }
    try {
      at.resolve();
      return false; // a value the solver can see (inherited field, static import)
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      return isPackage(name);
    }
  }

  private static boolean isPackage(String name) {
    return Package.getPackage(name) != null || name.equals("java") || name.equals("javax")
        || name.startsWith("java.") || name.startsWith("javax.");
  }

  /** The static type of {@code e}: declared types of variables first, then the solver. */
  Optional<TypeInfo> typeOf(Expression e) {
    Expression u = Statements.unwrap(e);
    if (u instanceof NameExpr n) {
      Optional<Decl> d = b.names.resolve(n);
      if (d.isPresent()) {
        Optional<TypeInfo> t = b.typeOf(d.get());
        if (t.isPresent()) {
          return t;
        }
      }
    }
    if (u instanceof FieldAccessExpr fa) {
      Optional<FieldRef> f = field(fa);
      if (f.isPresent() && f.get().type().isPresent()) {
        return f.get().type();
      }
    }
    if (u instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isEmpty()) {
      Optional<TypeInfo> t = b.types.ofType(oc.getType());
      if (t.isPresent()) {
        return t;
      }
    }
    if (u instanceof ThisExpr t && t.getTypeName().isEmpty()) {
      return b.types.named(b.current.name);
    }
    return b.types.ofExpression(u);
  }

  private void memberReference(MethodReferenceExpr mr, List<Stmt> out) {
    Expression scope = mr.getScope();
    if (scope instanceof TypeExpr te && te.getType() instanceof ClassOrInterfaceType c
        && c.getScope().isEmpty() && c.getTypeArguments().isEmpty()
        && b.names.find(c.getNameAsString(), mr).isPresent()) {
      // `latch::countDown`: JavaParser reads the variable as a type name
      Decl d = b.names.find(c.getNameAsString(), mr).get();
      Ref r = d.isField()
          ? (b.isTracked(b.typeOf(d)) ? new Ref.Field(d.owner().name, d.name(), true) : Ref.UNKNOWN)
          : (b.partAliases.containsKey(d.decl()) ? b.partAliases.get(d.decl())
              : b.isTracked(b.typeOf(d)) ? b.local(d) : Ref.UNKNOWN);
      escapeIfTracked(r, out, b.pos(mr));
      return;
    }
    if (!isTypeName(scope)) {
      Ref r = eval(scope, out, null).ref();
      escapeIfTracked(r, out, b.pos(mr));
    }
  }

  void escapeIfTracked(Ref r, List<Stmt> out, SourcePos pos) {
    if (r.isTracked()) {
      out.add(new Stmt.Do(new Event.Escape(r, pos)));
    }
  }

  /** A lambda or class body not run as a task: every tracked object it uses escapes here. */
  void escapeCaptured(Node body, SourcePos pos, List<Stmt> out) {
    escapeCaptured(List.of(body), pos, out);
  }

  /** As {@link #escapeCaptured(Node, SourcePos, List)} for a class body's members. */
  void escapeCaptured(List<? extends Node> bodies, SourcePos pos, List<Stmt> out) {
    Set<Ref> captured = new LinkedHashSet<>();
    for (Node body : bodies) body.walk(Node.TreeTraversal.PREORDER, n -> {
      if (n instanceof NameExpr id) {
        Ref r = varRef(id, false);
        if (r.isTracked()) {
          captured.add(r);
        }
      } else if (n instanceof FieldAccessExpr fa) {
        Optional<FieldRef> f = field(fa);
        if (f.isPresent() && (f.get().isStatic() || isThis(fa.getScope()))
            && b.isTracked(f.get().type())) {
          captured.add(new Ref.Field(f.get().owner(), fa.getNameAsString(), true));
        }
      } else if (n instanceof MethodReferenceExpr mr && mr.getScope() instanceof TypeExpr te
          && te.getType() instanceof ClassOrInterfaceType c && c.getScope().isEmpty()) {
        Optional<Decl> d = b.names.find(c.getNameAsString(), mr);
        if (d.isPresent() && b.isTracked(b.typeOf(d.get()))) {
          captured.add(d.get().isField() ? new Ref.Field(d.get().owner().name, d.get().name(), true)
              : b.local(d.get()));
        }
      }
    });
    for (Ref r : captured) {
      out.add(new Stmt.Do(new Event.Escape(r, pos)));
    }
  }

  void explicitConstructor(ExplicitConstructorInvocationStmt ec, List<Stmt> out) {
    calls.explicitConstructor(ec, out);
  }

  // ---- conditions and counts ----------------------------------------------------------------

  /** {@code cond(raw, null)}. */
  Cond cond(Expression raw) {
    return cond(raw, null);
  }

  /**
   * A branch condition; events it performs are inside it ({@link Cond.Effects}). Effects that are
   * not plain events go, with everything evaluated before them, to {@code hoist} when the caller
   * offers one (an {@code if} or a boolean assignment), else their events are kept in order.
   */
  Cond cond(Expression raw, List<Stmt> hoist) {
    Expression e = Statements.unwrap(raw);
    if (e instanceof ConditionalExpr c) {
      Cond test = cond(c.getCondition(), null);
      if (!test.hasEffects()) {
        Cond yes = cond(c.getThenExpr(), null);
        Cond no = cond(c.getElseExpr(), null);
        return new Cond.Or(new Cond.And(test, yes), new Cond.And(new Cond.Not(test), no));
      }
    }
    if (e instanceof BooleanLiteralExpr lit) {
      return lit.getValue() ? Cond.TRUE : Cond.FALSE;
    }
    if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return new Cond.Not(cond(u.getExpression(), null));
    }
    if (e instanceof BinaryExpr bin && bin.getOperator() == BinaryExpr.Operator.AND) {
      return new Cond.And(cond(bin.getLeft(), hoist), cond(bin.getRight(), null));
    }
    if (e instanceof BinaryExpr bin && bin.getOperator() == BinaryExpr.Operator.OR) {
      return new Cond.Or(cond(bin.getLeft(), hoist), cond(bin.getRight(), null));
    }
    if (e instanceof NameExpr n) {
      Optional<Decl> d = b.names.resolve(n);
      if (d.isPresent() && !d.get().isField() && b.isBoolean(d.get())) {
        return new Cond.Var(b.local(d.get()));
      }
    }
    List<Stmt> pre = new ArrayList<>();
    Cond test = Cond.UNKNOWN;
    if (e instanceof MethodCallExpr inv) {
      Value v = calls.call(inv, pre, Ref.UNKNOWN, true);
      if (v.cond() != null) {
        test = v.cond();
      }
    } else {
      eval(e, pre, Ref.UNKNOWN);
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
    return events.isEmpty() ? test : new Cond.Effects(List.copyOf(events), test);
  }



  /** An argument as a count (see {@link Counts#countOf}). */
  Count countOf(Expression e) {
    return counts.countOf(e);
  }

  /** {@code size:NAME#ID} for an effectively-final local collection or array. */
  Count sizeOf(Expression e) {
    return counts.sizeOf(e);
  }

  boolean isArray(Expression e) {
    return counts.isArray(e);
  }

  Builder builder() {
    return b;
  }
}
