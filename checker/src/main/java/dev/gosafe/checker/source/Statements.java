package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.Type;
import dev.gosafe.checker.model.CallRole;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.EventFactory;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import dev.gosafe.checker.model.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statements of the source front end (mirrors the statement half of {@code JavacModelBuilder}). */
final class Statements {
  private final Builder b;

  Statements(Builder b) {
    this.b = b;
  }

  Stmt stmt(Statement s) {
    List<Stmt> out = new ArrayList<>();
    stmt(s, out, null);
    return Builder.block(out);
  }

  private void stmt(Statement s, List<Stmt> out, String label) {
    if (s == null) {
      return;
    }
    ExprWalker x = b.x;
    SourcePos p = b.pos(s);
    switch (s) {
      case BlockStmt blk -> {
        List<Stmt> inner = new ArrayList<>();
        for (Statement st : blk.getStatements()) {
          stmt(st, inner, null);
        }
        out.add(new Stmt.Block(List.copyOf(inner)));
      }
      case ExpressionStmt es when es.getExpression() instanceof VariableDeclarationExpr vd ->
          varDecl(vd, out);
      case ExpressionStmt es when isYield(es) ->
          x.escapeIfTracked(x.eval(es.getExpression(), out, null).ref(), out, p);
      case ExpressionStmt es -> x.eval(es.getExpression(), out, Ref.UNKNOWN);
      case IfStmt i -> {
        Cond test = x.cond(i.getCondition(), out);
        out.add(new Stmt.If(test, stmt(i.getThenStmt()),
            i.getElseStmt().map(this::stmt).orElse(Stmt.EMPTY), p));
      }
      case WhileStmt w -> out.add(new Stmt.Loop(x.cond(w.getCondition()), stmt(w.getBody()),
          Stmt.EMPTY, true, Count.UNKNOWN, label, p));
      case DoStmt d -> {
        Cond c = x.cond(d.getCondition());
        out.add(new Stmt.Loop(c, stmt(d.getBody()), Stmt.EMPTY, false, Count.UNKNOWN, label, p));
      }
      case ForStmt f -> forLoop(f, out, label);
      case ForEachStmt f -> forEach(f, out, label);
      case LabeledStmt ls -> {
        Statement body = ls.getStatement();
        String l = ls.getLabel().getIdentifier();
        if (body.isWhileStmt() || body.isDoStmt() || body.isForStmt() || body.isForEachStmt()) {
          stmt(body, out, l);
        } else {
          out.add(new Stmt.Labeled(l, stmt(body)));
        }
      }
      case SwitchStmt sw -> out.add(switchStmt(sw.getSelector(), sw.getEntries(), sw, out));
      case TryStmt t -> tryStmt(t, out);
      case SynchronizedStmt sy -> {
        Ref monitor = monitor(sy.getExpression(), out);
        out.add(Stmt.synchronizedBlock(monitor, stmt(sy.getBody()), p));
      }
      case ReturnStmt r -> {
        if (r.getExpression().isPresent()) {
          Expression e = r.getExpression().get();
          x.escapeIfTracked(x.eval(e, out, null).ref(), out, b.pos(e));
        }
        out.add(new Stmt.Return(p));
      }
      case ThrowStmt t -> {
        x.eval(t.getExpression(), out, null);
        out.add(new Stmt.Throw(p));
      }
      case BreakStmt br ->
          out.add(new Stmt.Break(br.getLabel().map(n -> n.getIdentifier()).orElse(null), p));
      case ContinueStmt c ->
          out.add(new Stmt.Continue(c.getLabel().map(n -> n.getIdentifier()).orElse(null), p));
      case YieldStmt y -> x.escapeIfTracked(x.eval(y.getExpression(), out, null).ref(), out, p);
      case LocalClassDeclarationStmt lc -> {
        x.escapeCaptured(lc.getClassDeclaration(), b.pos(lc.getClassDeclaration()), out);
        b.enqueue(b.classes.get(lc.getClassDeclaration()));
      }
      case LocalRecordDeclarationStmt lr -> {
        x.escapeCaptured(lr.getRecordDeclaration(), b.pos(lr.getRecordDeclaration()), out);
        b.enqueue(b.classes.get(lr.getRecordDeclaration()));
      }
      case ExplicitConstructorInvocationStmt ec -> x.explicitConstructor(ec, out);
      default -> { } // empty statements, asserts
    }
  }

  /** A {@code case X -> expr;} of a switch expression: javac sees {@code yield expr;}. */
  private static boolean isYield(ExpressionStmt es) {
    return es.getParentNode().orElse(null) instanceof SwitchEntry e
        && e.getType() == SwitchEntry.Type.EXPRESSION
        && e.getParentNode().orElse(null) instanceof SwitchExpr;
  }

  private void varDecl(VariableDeclarationExpr vd, List<Stmt> out) {
    for (VariableDeclarator d : vd.getVariables()) {
      if (d.getInitializer().isPresent()) {
        Decl decl = new Decl(d.getNameAsString(), vd, d.getType().isVarType() ? null : d.getType(),
            d.getInitializer().get(), null, false, vd.isFinal());
        assignLocal(decl, d.getInitializer().get(), out, b.pos(vd));
      }
    }
  }

  /** {@code v = init} for a local (declaration or assignment). */
  Value assignLocal(Decl v, Expression init, List<Stmt> out, SourcePos p) {
    ExprWalker x = b.x;
    Ref.Local var = b.local(v);
    if (b.isBoolean(v)) {
      Cond value = x.cond(init, out);
      out.add(new Stmt.Assign(var, value, p));
      return Value.UNKNOWN;
    }
    if (!b.isTracked(b.typeOf(v))) {
      Value val = x.eval(init, out, null);
      x.escapeIfTracked(val.ref(), out, p);
      return val;
    }
    Value val = x.eval(init, out, var);
    if (!val.ref().equals(var)) {
      out.add(new Stmt.Bind(var, val.ref(), p));
    }
    if (val.ref() instanceof Ref.Part part
        && (v.isFinal() || Finality.isEffectivelyFinal(init, v.name()))) {
      b.partAliases.put(v.decl(), part);
    }
    if (val.threadBody() != null) {
      b.threadBodies.put(var, val.threadBody());
    }
    if (!val.closeEvents().isEmpty()) {
      b.handleCloses.put(var, val.closeEvents());
    }
    return val;
  }

  /** An assignment, as a statement or inside an expression. */
  Value assign(AssignExpr a, List<Stmt> out) {
    ExprWalker x = b.x;
    Expression lhs = unwrap(a.getTarget());
    if (lhs instanceof NameExpr n) {
      Optional<Decl> d = b.names.resolve(n);
      if (d.isPresent() && !d.get().isField()) {
        return assignLocal(d.get(), a.getValue(), out, b.pos(a));
      }
    }
    if (lhs instanceof FieldAccessExpr fa && !x.isThis(fa.getScope()) && !x.isTypeName(fa.getScope())) {
      x.eval(fa.getScope(), out, null);
    } else if (lhs instanceof ArrayAccessExpr aa) {
      x.eval(aa.getName(), out, null);
      x.eval(aa.getIndex(), out, null);
    }
    Value val = x.eval(a.getValue(), out, null);
    x.escapeIfTracked(val.ref(), out, b.pos(a));
    return Value.UNKNOWN;
  }

  static Expression unwrap(Expression e) {
    while (e instanceof EnclosedExpr p) {
      e = p.getInner();
    }
    return e;
  }

  private Ref monitor(Expression raw, List<Stmt> out) {
    ExprWalker x = b.x;
    Expression e = unwrap(raw);
    if (e instanceof ClassExpr c) {
      Optional<TypeInfo> t = b.types.ofType(c.getType());
      return t.isPresent() ? new Ref.Field(x.modelName(t.get()), "class", true) : Ref.UNKNOWN;
    }
    if (e instanceof ThisExpr t) {
      if (t.getTypeName().isEmpty()) {
        return b.thisRef();
      }
      Optional<TypeInfo> type = b.types.named(t.getTypeName().get().asString());
      return type.isPresent() ? new Ref.Field(x.modelName(type.get()), "this", true) : Ref.UNKNOWN;
    }
    if (e instanceof NameExpr n) {
      return x.varRef(n, true);
    }
    if (e instanceof FieldAccessExpr fa) {
      Optional<ExprWalker.FieldRef> f = x.field(fa);
      if (f.isPresent()) {
        boolean onThis = f.get().isStatic() || x.isThis(fa.getScope());
        if (!onThis && !x.isTypeName(fa.getScope())) {
          x.eval(fa.getScope(), out, null);
        }
        return new Ref.Field(f.get().owner(), fa.getNameAsString(), onThis);
      }
    }
    return x.eval(e, out, null).ref();
  }

  private void forLoop(ForStmt f, List<Stmt> out, String label) {
    ExprWalker x = b.x;
    List<Stmt> init = new ArrayList<>();
    for (Expression e : f.getInitialization()) {
      if (e instanceof VariableDeclarationExpr vd) {
        varDecl(vd, init);
      } else {
        x.eval(e, init, Ref.UNKNOWN);
      }
    }
    List<Stmt> step = new ArrayList<>();
    for (Expression e : f.getUpdate()) {
      x.eval(e, step, Ref.UNKNOWN);
    }
    Cond cond = f.getCompare().map(x::cond).orElse(Cond.TRUE);
    Stmt body = stmt(f.getBody());
    Stmt loop = new Stmt.Loop(cond, body, Builder.block(step), true, LoopTrips.of(f, b), label,
        b.pos(f));
    init.add(loop);
    out.add(Builder.block(init));
  }

  private void forEach(ForEachStmt f, List<Stmt> out, String label) {
    ExprWalker x = b.x;
    SourcePos p = b.pos(f);
    Optional<ObjKind> kind = b.kindOf(x.typeOf(f.getIterable()));
    Value iterable = x.eval(f.getIterable(), out, null);
    List<Stmt> body = new ArrayList<>();
    VariableDeclarationExpr v = f.getVariable();
    VariableDeclarator vd = v.getVariables().get(0);
    Decl decl = new Decl(vd.getNameAsString(), v, vd.getType().isVarType() ? null : vd.getType(),
        null, null, false, v.isFinal());
    Optional<TypeInfo> varType = vd.getType().isVarType() ? Optional.empty() : b.typeOf(decl);
    if (b.isTracked(varType)) {
      body.add(new Stmt.Bind(b.local(decl), Ref.UNKNOWN, b.pos(v)));
    }
    body.add(stmt(f.getBody()));
    if (kind.isPresent() && kind.get() == ObjKind.CHANNEL) {
      out.add(new Stmt.Range(iterable.ref(), kind.get(), Builder.block(body), label, p));
      return;
    }
    out.add(new Stmt.Loop(Cond.UNKNOWN, Builder.block(body), Stmt.EMPTY, true,
        x.sizeOf(f.getIterable()), label, p));
  }

  /** A switch statement or expression, after its selector's events. */
  Stmt switchStmt(Expression selector, NodeList<SwitchEntry> entries, Node at, List<Stmt> out) {
    b.x.eval(selector, out, null);
    List<Stmt> bodies = new ArrayList<>();
    boolean hasDefault = false;
    boolean fallsThrough = false;
    for (SwitchEntry e : entries) {
      if (e.isDefault()) {
        hasDefault = true;
      }
      if (e.getType() == SwitchEntry.Type.STATEMENT_GROUP) {
        fallsThrough = true;
      }
      List<Stmt> body = new ArrayList<>();
      for (Statement st : e.getStatements()) {
        stmt(st, body, null);
      }
      bodies.add(Builder.block(body));
    }
    return new Stmt.Switch(List.copyOf(bodies), hasDefault, fallsThrough, b.pos(at));
  }

  private void tryStmt(TryStmt t, List<Stmt> out) {
    ExprWalker x = b.x;
    List<Stmt.Resource> resources = new ArrayList<>();
    for (Expression r : t.getResources()) {
      List<Stmt> init = new ArrayList<>();
      SourcePos rp = b.pos(r);
      Ref ref;
      Optional<TypeInfo> type;
      Value val;
      if (r instanceof VariableDeclarationExpr vde) {
        VariableDeclarator vd = vde.getVariables().get(0);
        Decl decl = new Decl(vd.getNameAsString(), vde, vd.getType().isVarType() ? null
            : vd.getType(), vd.getInitializer().orElse(null), null, false, vde.isFinal());
        val = vd.getInitializer().isEmpty() ? Value.UNKNOWN
            : assignLocal(decl, vd.getInitializer().get(), init, rp);
        type = b.typeOf(decl);
        ref = b.isTracked(type) ? b.local(decl) : Ref.UNKNOWN;
      } else {
        val = x.eval(r, init, null);
        ref = val.ref();
        type = x.typeOf(r);
      }
      resources.add(new Stmt.Resource(Builder.block(init), closeEvents(ref, type, val, rp)));
    }
    List<Stmt.Catch> catches = new ArrayList<>();
    for (CatchClause c : t.getCatchClauses()) {
      catches.add(new Stmt.Catch(stmt(c.getBody()), catchesUnchecked(c), b.pos(c)));
    }
    Stmt fin = t.getFinallyBlock().map(this::stmt).orElse(Stmt.EMPTY);
    out.add(new Stmt.Try(List.copyOf(resources), stmt(t.getTryBlock()), List.copyOf(catches), fin,
        b.pos(t)));
  }

  private List<Event> closeEvents(Ref ref, Optional<TypeInfo> type, Value val, SourcePos p) {
    if (!val.closeEvents().isEmpty()) {
      return val.closeEvents();
    }
    Optional<CallRole> role = type.flatMap(t -> b.library.call(t, "close", 0, false));
    if (role.isPresent()) {
      EventFactory.Site site = new EventFactory.Site(ref, List.of(), List.of(), null, Ref.UNKNOWN, p);
      return EventFactory.events(role.get(), site);
    }
    if (ref instanceof Ref.Local l && b.handleCloses.containsKey(l)) {
      return b.handleCloses.get(l);
    }
    String name = type.map(TypeInfo::name).orElse("?");
    return List.of(new Event.Call(name + "#close()", List.of(), false, p));
  }

  private boolean catchesUnchecked(CatchClause c) {
    Type t = c.getParameter().getType();
    List<Type> alts = t.isUnionType() ? new ArrayList<>(t.asUnionType().getElements()) : List.of(t);
    for (Type alt : alts) {
      String name = b.types.ofType(alt).map(TypeInfo::name).orElse("");
      switch (name) {
        case "java.lang.RuntimeException", "java.lang.Exception", "java.lang.Throwable",
            "java.lang.Error" -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }
}
