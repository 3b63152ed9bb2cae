package dev.gosafe.checker.javac;

import com.sun.source.tree.CaseTree;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCCase;
import com.sun.tools.javac.tree.JCTree.JCCatch;
import com.sun.tools.javac.tree.JCTree.JCEnhancedForLoop;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.JCTree.JCForLoop;
import com.sun.tools.javac.tree.JCTree.JCStatement;
import com.sun.tools.javac.tree.JCTree.JCTry;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import dev.gosafe.checker.javac.JavacExpressions.Value;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The compound statements of the javac front end: loops (with their trip counts), for-each over
 * a channel ({@link Stmt.Range}), {@code switch}, and {@code try} with resources, whose close
 * performs the resource's events ({@code mu.locked()}: release; a cancellable context: cancel).
 */
final class JavacStatements {
  private final JavacModelBuilder b;

  JavacStatements(JavacModelBuilder builder) {
    this.b = builder;
  }

  void forLoop(JCForLoop f, List<Stmt> out, String label) {
    List<Stmt> init = new ArrayList<>();
    for (JCStatement s : f.init) {
      b.stmt(s, init, null);
    }
    List<Stmt> step = new ArrayList<>();
    for (JCTree.JCExpressionStatement s : f.step) {
      b.stmt(s, step, null);
    }
    Cond cond = f.cond == null ? Cond.TRUE : b.conditions().cond(f.cond);
    Stmt loop = new Stmt.Loop(cond, b.stmt(f.body), JavacModelBuilder.block(step), true, LoopCounts.trips(f, b.conditions()),
        label, b.pos(f));
    init.add(loop);
    out.add(JavacModelBuilder.block(init));
  }

  void forEach(JCEnhancedForLoop f, List<Stmt> out, String label) {
    SourcePos p = b.pos(f);
    Type exprType = f.expr.type;
    var kind = exprType == null ? java.util.Optional.<dev.gosafe.checker.model.ObjKind>empty()
        : b.library().kindOf(b.names().typeInfo(exprType));
    Value iterable = b.expressions().eval(f.expr, out, null);
    List<Stmt> body = new ArrayList<>();
    if (f.var.sym != null && b.isTracked(f.var.sym.type)) {
      body.add(new Stmt.Bind(b.local(f.var.sym), Ref.UNKNOWN, b.pos(f.var)));
    }
    body.add(b.stmt(f.body));
    if (kind.isPresent() && kind.get().isChannel()
        && kind.get() == dev.gosafe.checker.model.ObjKind.CHANNEL) {
      out.add(new Stmt.Range(iterable.ref(), kind.get(), JavacModelBuilder.block(body), label, p));
      return;
    }
    out.add(new Stmt.Loop(Cond.UNKNOWN, JavacModelBuilder.block(body), Stmt.EMPTY, true, b.conditions().sizeOf(f.expr), label, p));
  }

  /** A switch statement or expression, after its selector's events. */
  Stmt switchStmt(JCExpression selector, List<JCCase> cases, JCTree at, List<Stmt> out) {
    b.expressions().eval(selector, out, null);
    List<Stmt> bodies = new ArrayList<>();
    boolean hasDefault = false;
    boolean fallsThrough = false;
    for (JCCase c : cases) {
      for (JCTree.JCCaseLabel l : c.labels) {
        if (l instanceof JCTree.JCDefaultCaseLabel) {
          hasDefault = true;
        }
      }
      if (c.caseKind == CaseTree.CaseKind.STATEMENT) {
        fallsThrough = true;
      }
      List<Stmt> body = new ArrayList<>();
      for (JCStatement st : c.stats) {
        b.stmt(st, body, null);
      }
      bodies.add(JavacModelBuilder.block(body));
    }
    return new Stmt.Switch(bodies, hasDefault, fallsThrough, b.pos(at));
  }

  void tryStmt(JCTry t, List<Stmt> out) {
    List<Stmt.Resource> resources = new ArrayList<>();
    for (JCTree r : t.resources) {
      List<Stmt> init = new ArrayList<>();
      SourcePos rp = b.pos(r);
      Ref ref;
      Type type;
      Value val;
      if (r instanceof JCVariableDecl vd) {
        val = vd.init == null ? Value.UNKNOWN : b.assignLocal(vd.sym, vd.init, init, rp);
        ref = b.isTracked(vd.sym.type) ? b.local(vd.sym) : Ref.UNKNOWN;
        type = vd.sym.type;
      } else {
        val = b.expressions().eval((JCExpression) r, init, null);
        ref = val.ref();
        type = ((JCExpression) r).type;
      }
      resources.add(new Stmt.Resource(JavacModelBuilder.block(init), closeEvents(ref, type, val, rp)));
    }
    List<Stmt.Catch> catches = new ArrayList<>();
    for (JCCatch c : t.catchers) {
      catches.add(new Stmt.Catch(b.stmt(c.body), catchesUnchecked(c), b.pos(c)));
    }
    Stmt fin = t.finalizer == null ? Stmt.EMPTY : b.stmt(t.finalizer);
    out.add(new Stmt.Try(resources, b.stmt(t.body), catches, fin, b.pos(t)));
  }

  private List<Event> closeEvents(Ref ref, Type type, Value val, SourcePos p) {
    if (!val.closeEvents().isEmpty()) {
      return val.closeEvents();
    }
    var role = type == null ? java.util.Optional.<dev.gosafe.checker.model.CallRole>empty()
        : b.library().call(b.names().typeInfo(type), "close", 0, false);
    if (role.isPresent()) {
      var site = new dev.gosafe.checker.model.EventFactory.Site(ref, List.of(), List.of(), null,
          Ref.UNKNOWN, p);
      return dev.gosafe.checker.model.EventFactory.events(role.get(), site);
    }
    if (ref instanceof Ref.Local l && b.handleCloses().containsKey(l)) {
      return b.handleCloses().get(l);
    }
    String name = type == null ? "?" : b.names().typeInfo(type).name();
    return List.of(new Event.Call(name + "#close()", List.of(), false, p));
  }

  private static boolean catchesUnchecked(JCCatch c) {
    List<Type> types = new ArrayList<>();
    if (c.param.vartype instanceof JCTree.JCTypeUnion u) {
      for (JCExpression alt : u.alternatives) {
        types.add(alt.type);
      }
    } else {
      types.add(c.param.type);
    }
    for (Type t : types) {
      if (t == null || t.tsym == null) {
        continue;
      }
      switch (t.tsym.getQualifiedName().toString()) {
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
