package dev.gosafe.checker.javac;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCAssign;
import com.sun.tools.javac.tree.JCTree.JCBlock;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.JCTree.JCEnhancedForLoop;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCForLoop;
import com.sun.tools.javac.tree.JCTree.JCIdent;
import com.sun.tools.javac.tree.JCTree.JCLambda;
import com.sun.tools.javac.tree.JCTree.JCMethodDecl;
import com.sun.tools.javac.tree.JCTree.JCStatement;
import com.sun.tools.javac.tree.JCTree.JCTry;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import dev.gosafe.checker.javac.JavacExpressions.Value;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.LibraryModel;
import dev.gosafe.checker.model.LibraryModels;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The javac front end: translates an attributed compilation unit into the {@link FileModel}.
 * It resolves types and walks syntax; what a call means comes from the {@link LibraryModel}s through
 * {@link dev.gosafe.checker.model.EventFactory}. Expressions are {@link JavacExpressions}',
 * conditions and counts {@link JavacConditions}', loops, switch and try {@link JavacStatements}'.
 *
 * <p>Naming: locals are {@code Ref.Local(name, start offset of the declaration)}; fields are
 * {@code Ref.Field(owner, name, onThis)} with {@link JavacNames#owner}; a {@code synchronized}
 * monitor on {@code this} is {@code Ref.Field(owner, "this", true)}, on a class (static
 * synchronized, {@code X.class}) {@code Ref.Field(owner, "class", true)}. A lambda's signature is
 * its enclosing method's followed by {@code /lambda@OFFSET}. Unknown calls are
 * {@code Event.Call("Owner#signature", ...)}.
 *
 * <p>Not modelled (documented gaps): initializer blocks, field initializers other than a recognised
 * {@code new}, events inside {@code assert}, case guards.
 *
 * <p>A failure while translating one method is recorded ({@link #failure()}) and that method's
 * body is left empty; the other methods are still translated.
 */
public final class JavacModelBuilder {

  /** Test hook: when set and true for a method's simple name, translating that method fails. */
  static volatile Predicate<String> failureHook;

  /** The first method whose translation failed. */
  public record Failure(String owner, String signature, Throwable error) {}

  private final JCCompilationUnit unit;
  private final JavacNames names;
  private final LibraryModel library;
  private final JavacExpressions x;
  private final JavacConditions c;
  private final JavacStatements st;
  private final Map<VarSymbol, Ref.Local> locals = new HashMap<>();
  private final Map<VarSymbol, Ref.Part> partAliases = new HashMap<>();
  private final Map<Ref.Local, MethodModel> threadBodies = new HashMap<>();
  private final Map<Ref.Local, List<Event>> handleCloses = new HashMap<>();
  private final ArrayDeque<JCClassDecl> pending = new ArrayDeque<>();
  private final Set<JCClassDecl> seen = new LinkedHashSet<>();
  private ClassSymbol currentClass;
  private String currentOwner = "";
  private String currentSignature = "";
  private Failure failure;

  JavacModelBuilder(JCCompilationUnit unit, Types types, LibraryModel library) {
    this.unit = unit;
    this.names = new JavacNames(types, unit);
    this.library = library;
    this.x = new JavacExpressions(this);
    this.c = new JavacConditions(this, x);
    this.st = new JavacStatements(this);
  }

  /** Translates {@code unit}; types come from the compilation's {@link Types}. */
  public static JavacModelBuilder create(JCCompilationUnit unit, Types types) {
    return new JavacModelBuilder(unit, types, LibraryModels.get());
  }

  /** The first failure of {@link #build()}, or null. */
  public Failure failure() {
    return failure;
  }

  /** The model of the whole compilation unit. */
  public FileModel build() {
    collectLocals();
    for (JCTree def : unit.defs) {
      if (def instanceof JCClassDecl cd) {
        enqueue(cd);
      }
    }
    List<ClassModel> classes = new ArrayList<>();
    while (!pending.isEmpty()) {
      classes.add(classModel(pending.removeFirst()));
    }
    String path = unit.getSourceFile() == null ? "" : unit.getSourceFile().getName();
    return new FileModel(path, classes);
  }

  private void collectLocals() {
    new TreeScanner() {
      @Override
      public void visitVarDef(JCVariableDecl vd) {
        if (vd.sym != null && !(vd.sym.owner instanceof ClassSymbol)) {
          locals.put(vd.sym, new Ref.Local(vd.name.toString(), TreeInfo.getStartPos(vd)));
        }
        super.visitVarDef(vd);
      }
    }.scan(unit);
  }

  // ---- shared with the helpers -------------------------------------------------------------

  JavacNames names() {
    return names;
  }

  JavacExpressions expressions() {
    return x;
  }

  JavacStatements statements() {
    return st;
  }

  JavacConditions conditions() {
    return c;
  }

  LibraryModel library() {
    return library;
  }

  SourcePos pos(JCTree tree) {
    return names.pos(tree);
  }

  boolean isTracked(Type type) {
    return type != null && library.kindOf(names.typeInfo(type)).isPresent();
  }

  Ref.Local local(VarSymbol v) {
    Ref.Local l = locals.get(v);
    return l != null ? l : new Ref.Local(v.name.toString(), -1);
  }

  Ref.Part partAlias(VarSymbol v) {
    return partAliases.get(v);
  }

  MethodModel threadBody(Ref.Local l) {
    return threadBodies.get(l);
  }

  Map<Ref.Local, List<Event>> handleCloses() {
    return handleCloses;
  }

  List<Event> handleClose(Ref.Local l) {
    return handleCloses.get(l);
  }

  Ref thisRef() {
    return new Ref.Field(currentOwner, "this", true);
  }

  boolean isOwnClass(Symbol owner) {
    for (Symbol c = currentClass; c != null; c = c.owner == null ? null : c.owner.enclClass()) {
      if (c == owner) {
        return true;
      }
      if (c.owner == null || c.owner.enclClass() == c) {
        break;
      }
    }
    return false;
  }

  void enqueue(JCClassDecl cd) {
    if (cd.sym != null && seen.add(cd)) {
      pending.addLast(cd);
    }
  }

  /** Enqueues the classes declared in {@code tree} (anonymous ones too), not descending into them. */
  private void enqueueClassesIn(JCTree tree) {
    if (tree == null) {
      return;
    }
    new TreeScanner() {
      @Override
      public void visitClassDef(JCClassDecl cd) {
        enqueue(cd);
      }
    }.scan(tree);
  }

  static Stmt block(List<Stmt> stmts) {
    return stmts.size() == 1 ? stmts.get(0) : new Stmt.Block(List.copyOf(stmts));
  }

  // ---- classes and methods ------------------------------------------------------------------

  private ClassModel classModel(JCClassDecl cd) {
    ClassSymbol saved = currentClass;
    String savedOwner = currentOwner;
    currentClass = cd.sym;
    currentOwner = JavacNames.owner(cd.sym);
    try {
      List<ClassModel.FieldModel> fields = new ArrayList<>();
      List<MethodModel> methods = new ArrayList<>();
      for (JCTree def : cd.defs) {
        if (def instanceof JCVariableDecl vd) {
          ClassModel.FieldModel f = field(vd);
          if (f != null) {
            fields.add(f);
          }
          enqueueClassesIn(vd.init);
        } else if (def instanceof JCBlock initializer) {
          enqueueClassesIn(initializer); // initializer blocks are not modelled, their classes are
        }
      }
      for (JCTree def : cd.defs) {
        switch (def) {
          case JCMethodDecl md -> {
            if (!isGenerated(md)) {
              methods.add(method(md));
            }
          }
          case JCClassDecl nested -> enqueue(nested);
          default -> { }
        }
      }
      return new ClassModel(currentOwner, pos(cd), fields, methods);
    } finally {
      currentClass = saved;
      currentOwner = savedOwner;
    }
  }

  private static boolean isGenerated(JCMethodDecl md) {
    return md.sym == null || (md.sym.flags() & Flags.GENERATEDCONSTR) != 0
        || (md.sym.flags() & Flags.GENERATED_MEMBER) != 0 || TreeInfo.getStartPos(md) < 0;
  }

  private ClassModel.FieldModel field(JCVariableDecl vd) {
    if (vd.sym == null || !isTracked(vd.sym.type)) {
      return null;
    }
    var kind = library.kindOf(names.typeInfo(vd.sym.type)).orElseThrow();
    Event.New initial = null;
    if (vd.init != null) {
      try {
        currentSignature = "<field " + vd.name + ">";
        List<Stmt> out = new ArrayList<>();
        Value v = x.eval(vd.init, out, new Ref.Field(currentOwner, vd.name.toString(), true));
        if (out.size() == 1 && out.get(0) instanceof Stmt.Do d && d.event() instanceof Event.New n) {
          initial = n;
        }
        if (v.ref() instanceof Ref.Part part && (vd.sym.flags() & Flags.FINAL) != 0) {
          // final Lock r = rw.readLock(): the field is that part
          partAliases.put(vd.sym, part);
        }
      } catch (RuntimeException e) {
        initial = null; // an initializer we cannot read is simply not known
      }
    }
    return new ClassModel.FieldModel(vd.name.toString(), kind,
        (vd.sym.flags() & Flags.FINAL) != 0, initial);
  }

  private MethodModel method(JCMethodDecl md) {
    MethodSymbol ms = md.sym;
    String signature = names.signature(ms);
    currentSignature = signature;
    List<Ref.Local> params = new ArrayList<>();
    for (JCVariableDecl p : md.params) {
      params.add(local(p.sym));
    }
    Set<String> annotations = new LinkedHashSet<>();
    for (JCTree.JCAnnotation a : md.mods.annotations) {
      annotations.add(TreeInfo.name(a.annotationType).toString());
    }
    boolean sync = (ms.flags() & Flags.SYNCHRONIZED) != 0;
    Stmt body = Stmt.EMPTY;
    try {
      Predicate<String> hook = failureHook;
      if (hook != null && hook.test(ms.name.toString())) {
        throw new IllegalStateException("injected failure (test hook)");
      }
      if (md.body != null) {
        body = stmt(md.body);
        if (sync) {
          Ref monitor = ms.isStatic() ? new Ref.Field(currentOwner, "class", true) : thisRef();
          body = Stmt.synchronizedBlock(monitor, body, pos(md));
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      if (failure == null) {
        failure = new Failure(currentOwner, signature, e);
      }
      body = Stmt.EMPTY;
    }
    return new MethodModel(ms.name.toString(), currentOwner, signature, pos(md), params, body,
        Set.copyOf(annotations), false, sync);
  }

  /** A lambda run as a task (or a select case body): a nested method sharing the outer locals. */
  MethodModel lambda(JCLambda l) {
    SourcePos p = pos(l);
    List<Ref.Local> params = new ArrayList<>();
    for (JCVariableDecl v : l.params) {
      params.add(local(v.sym));
    }
    Stmt body;
    if (l.body instanceof JCBlock blk) {
      body = stmt(blk);
    } else {
      List<Stmt> out = new ArrayList<>();
      x.eval((JCExpression) l.body, out, Ref.UNKNOWN);
      body = block(out);
    }
    return new MethodModel("lambda$" + p.line(), currentOwner,
        currentSignature + "/lambda@" + p.offset(), p, params, body, Set.of(), true, false);
  }

  // ---- statements ---------------------------------------------------------------------------

  Stmt stmt(JCTree s) {
    List<Stmt> out = new ArrayList<>();
    stmt(s, out, null);
    return block(out);
  }

  void stmt(JCTree s, List<Stmt> out, String label) {
    if (s == null) {
      return;
    }
    SourcePos p = pos(s);
    switch (s) {
      case JCBlock blk -> {
        List<Stmt> inner = new ArrayList<>();
        for (JCStatement st : blk.stats) {
          stmt(st, inner, null);
        }
        out.add(new Stmt.Block(List.copyOf(inner)));
      }
      case JCVariableDecl vd -> varDecl(vd, out);
      case JCTree.JCExpressionStatement es -> x.eval(es.expr, out, Ref.UNKNOWN);
      case JCTree.JCIf i -> {
        Cond test = c.cond(i.cond, out);
        out.add(new Stmt.If(test, stmt(i.thenpart),
            i.elsepart == null ? Stmt.EMPTY : stmt(i.elsepart), p));
      }
      case JCTree.JCWhileLoop w -> out.add(new Stmt.Loop(c.cond(w.cond), stmt(w.body), Stmt.EMPTY,
          true, dev.gosafe.checker.model.Count.UNKNOWN, label, p));
      case JCTree.JCDoWhileLoop d -> out.add(new Stmt.Loop(c.cond(d.cond), stmt(d.body), Stmt.EMPTY,
          false, dev.gosafe.checker.model.Count.UNKNOWN, label, p));
      case JCForLoop f -> st.forLoop(f, out, label);
      case JCEnhancedForLoop f -> st.forEach(f, out, label);
      case JCTree.JCLabeledStatement ls -> {
        JCTree body = ls.body;
        if (body instanceof JCTree.JCWhileLoop || body instanceof JCTree.JCDoWhileLoop
            || body instanceof JCForLoop || body instanceof JCEnhancedForLoop) {
          stmt(body, out, ls.label.toString());
        } else {
          out.add(new Stmt.Labeled(ls.label.toString(), stmt(body)));
        }
      }
      case JCTree.JCSwitch sw -> out.add(st.switchStmt(sw.selector, sw.cases, sw, out));
      case JCTry t -> st.tryStmt(t, out);
      case JCTree.JCSynchronized sy -> {
        Ref monitor = monitor(sy.lock, out);
        out.add(Stmt.synchronizedBlock(monitor, stmt(sy.body), p));
      }
      case JCTree.JCReturn r -> {
        if (r.expr != null) {
          x.escapeIfTracked(x.eval(r.expr, out, null).ref(), out, pos(r.expr));
        }
        out.add(new Stmt.Return(p));
      }
      case JCTree.JCThrow t -> {
        x.eval(t.expr, out, null);
        out.add(new Stmt.Throw(p));
      }
      case JCTree.JCBreak br -> out.add(new Stmt.Break(br.label == null ? null : br.label.toString(), p));
      case JCTree.JCContinue c ->
          out.add(new Stmt.Continue(c.label == null ? null : c.label.toString(), p));
      case JCTree.JCYield y -> x.escapeIfTracked(x.eval(y.value, out, null).ref(), out, p);
      case JCClassDecl cd -> {
        x.escapeCaptured(cd, out);
        enqueue(cd);
      }
      default -> { } // empty statements, asserts
    }
  }

  private void varDecl(JCVariableDecl vd, List<Stmt> out) {
    if (vd.init != null && vd.sym != null) {
      assignLocal(vd.sym, vd.init, out, pos(vd));
    }
  }

  /** {@code v = init} for a local (declaration or assignment). */
  Value assignLocal(VarSymbol v, JCExpression init, List<Stmt> out, SourcePos p) {
    Ref.Local var = local(v);
    if (JavacConditions.isBoolean(v.type)) {
      Cond value = c.cond(init, out);
      out.add(new Stmt.Assign(var, value, p));
      return Value.UNKNOWN;
    }
    if (!isTracked(v.type)) {
      Value val = x.eval(init, out, null);
      x.escapeIfTracked(val.ref(), out, p);
      return val;
    }
    Value val = x.eval(init, out, var);
    if (!val.ref().equals(var)) {
      out.add(new Stmt.Bind(var, val.ref(), p));
    }
    if (val.ref() instanceof Ref.Part part
        && (v.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) != 0) {
      partAliases.put(v, part);
    }
    if (val.threadBody() != null) {
      threadBodies.put(var, val.threadBody());
    }
    if (!val.closeEvents().isEmpty()) {
      handleCloses.put(var, val.closeEvents());
    }
    return val;
  }

  /** An assignment, as a statement or inside an expression. */
  Value assign(JCAssign a, List<Stmt> out) {
    JCExpression lhs = TreeInfo.skipParens(a.lhs);
    Symbol sym = TreeInfo.symbol(lhs);
    if (sym instanceof VarSymbol v && !(v.owner instanceof ClassSymbol)
        && (lhs instanceof JCIdent)) {
      return assignLocal(v, a.rhs, out, pos(a));
    }
    if (lhs instanceof JCFieldAccess fa && !JavacExpressions.isThis(fa.selected)
        && !JavacExpressions.isTypeName(fa.selected)) {
      x.eval(fa.selected, out, null);
    } else if (lhs instanceof JCTree.JCArrayAccess aa) {
      x.eval(aa.indexed, out, null);
      x.eval(aa.index, out, null);
    }
    Value val = x.eval(a.rhs, out, null);
    x.escapeIfTracked(val.ref(), out, pos(a));
    return Value.UNKNOWN;
  }

  private Ref monitor(JCExpression raw, List<Stmt> out) {
    JCExpression e = TreeInfo.skipParens(raw);
    if (e instanceof JCFieldAccess fa && fa.name.contentEquals("class")) {
      Symbol s = TreeInfo.symbol(fa.selected);
      return s instanceof Symbol.TypeSymbol t ? new Ref.Field(JavacNames.owner(t), "class", true)
          : Ref.UNKNOWN;
    }
    if (e instanceof JCFieldAccess fa && fa.name.contentEquals("this")) {
      Symbol s = TreeInfo.symbol(fa.selected);
      return s instanceof Symbol.TypeSymbol t ? new Ref.Field(JavacNames.owner(t), "this", true)
          : Ref.UNKNOWN;
    }
    if (e instanceof JCIdent id) {
      return x.varRef(TreeInfo.symbol(id), id, true);
    }
    if (e instanceof JCFieldAccess fa && TreeInfo.symbol(fa) instanceof VarSymbol v
        && v.owner instanceof ClassSymbol) {
      boolean onThis = v.isStatic() || JavacExpressions.isThis(fa.selected);
      if (!onThis && !JavacExpressions.isTypeName(fa.selected)) {
        x.eval(fa.selected, out, null);
      }
      return new Ref.Field(JavacNames.owner(v.owner.enclClass()), v.name.toString(), onThis);
    }
    return x.eval(e, out, null).ref();
  }
}
