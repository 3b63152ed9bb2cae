package dev.gosafe.checker.javac;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCAssign;
import com.sun.tools.javac.tree.JCTree.JCAssignOp;
import com.sun.tools.javac.tree.JCTree.JCBinary;
import com.sun.tools.javac.tree.JCTree.JCConditional;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCIdent;
import com.sun.tools.javac.tree.JCTree.JCLambda;
import com.sun.tools.javac.tree.JCTree.JCLiteral;
import com.sun.tools.javac.tree.JCTree.JCMemberReference;
import com.sun.tools.javac.tree.JCTree.JCMethodInvocation;
import com.sun.tools.javac.tree.JCTree.JCNewClass;
import com.sun.tools.javac.tree.JCTree.JCSwitchExpression;
import com.sun.tools.javac.tree.JCTree.JCTypeCast;
import com.sun.tools.javac.tree.JCTree.JCUnary;
import com.sun.tools.javac.tree.JCTree.Tag;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import dev.gosafe.checker.model.CallRole;
import dev.gosafe.checker.model.CallRole.Role;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.EventFactory;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expressions of the javac front end: calls become events (through {@link EventFactory}),
 * branch conditions become {@link Cond}s, argument values become {@link Count}s, and objects that
 * leave the method's view become {@link Event.Escape}s. Conditions and counts are {@link JavacConditions}'.
 */
final class JavacExpressions {

  /**
   * What an expression evaluates to.
   *
   * @param ref the object it denotes ({@link Ref#UNKNOWN} if not a tracked one)
   * @param threadBody for {@code new Thread(() -> ...)}: the body to start later
   * @param closeEvents what closing the value does ({@code mu.locked()}: release mu)
   * @param cond for a TRY_ACQUIRE call evaluated as a condition: the condition
   */
  record Value(Ref ref, MethodModel threadBody, List<Event> closeEvents, Cond cond) {
    static final Value UNKNOWN = new Value(Ref.UNKNOWN, null, List.of(), null);

    static Value of(Ref ref) {
      return new Value(ref, null, List.of(), null);
    }
  }

  private final JavacModelBuilder b;

  JavacExpressions(JavacModelBuilder builder) {
    this.b = builder;
  }

  // ---- values -------------------------------------------------------------------------------

  /**
   * Translates {@code e}, appending what it does to {@code out}.
   *
   * @param result where the value goes: a local, {@link Ref#UNKNOWN} (discarded) or null (used)
   */
  Value eval(JCExpression e, List<Stmt> out, Ref result) {
    if (e == null) {
      return Value.UNKNOWN;
    }
    switch (e) {
      case JCTree.JCParens p -> {
        return eval(p.expr, out, result);
      }
      case JCTypeCast c -> {
        return eval(c.expr, out, result);
      }
      case JCIdent id -> {
        return Value.of(varRef(TreeInfo.symbol(id), id, false));
      }
      case JCFieldAccess fa -> {
        return fieldAccess(fa, out);
      }
      case JCMethodInvocation inv -> {
        return call(inv, out, result, false);
      }
      case JCNewClass nc -> {
        return newClass(nc, out, result);
      }
      case JCLambda l -> {
        escapeCaptured(l, out);
        return Value.UNKNOWN;
      }
      case JCMemberReference mr -> {
        memberReference(mr, out);
        return Value.UNKNOWN;
      }
      case JCConditional c -> {
        Cond test = b.conditions().cond(c.cond);
        List<Stmt> yes = new ArrayList<>();
        List<Stmt> no = new ArrayList<>();
        escapeIfTracked(eval(c.truepart, yes, null).ref(), yes, b.pos(c.truepart));
        escapeIfTracked(eval(c.falsepart, no, null).ref(), no, b.pos(c.falsepart));
        out.add(new Stmt.If(test, JavacModelBuilder.block(yes), JavacModelBuilder.block(no), b.pos(c)));
        return Value.UNKNOWN;
      }
      case JCBinary bin when bin.hasTag(Tag.AND) || bin.hasTag(Tag.OR) -> {
        eval(bin.lhs, out, null);
        List<Stmt> right = new ArrayList<>();
        eval(bin.rhs, right, null);
        if (!right.isEmpty()) {
          out.add(new Stmt.If(Cond.UNKNOWN, JavacModelBuilder.block(right), Stmt.EMPTY, b.pos(bin.rhs)));
        }
        return Value.UNKNOWN;
      }
      case JCAssign a -> {
        return b.assign(a, out);
      }
      case JCAssignOp a -> {
        eval(a.lhs, out, null);
        eval(a.rhs, out, null);
        if (TreeInfo.skipParens(a.lhs) instanceof JCIdent id
            && TreeInfo.symbol(id) instanceof VarSymbol v && !(v.owner instanceof ClassSymbol)
            && JavacConditions.isBoolean(v.type)) {
          // ok &= x: the new value is not understood, so forget the old one
          out.add(new Stmt.Assign(b.local(v), Cond.UNKNOWN, b.pos(a)));
        }
        return Value.UNKNOWN;
      }
      case JCUnary u -> {
        eval(u.arg, out, null);
        return Value.UNKNOWN;
      }
      case JCLiteral lit -> {
        return Value.UNKNOWN;
      }
      case JCSwitchExpression sw -> {
        out.add(b.statements().switchStmt(sw.selector, sw.cases, sw, out));
        return Value.UNKNOWN;
      }
      default -> {
        generic(e, out);
        return Value.UNKNOWN;
      }
    }
  }

  /** Any other expression: its sub-expressions in order; tracked values flowing into it escape. */
  private void generic(JCTree e, List<Stmt> out) {
    new TreeScanner() {
      private boolean root = true;

      @Override
      public void scan(JCTree tree) {
        if (tree == null) {
          return;
        }
        if (root) {
          root = false;
          super.scan(tree);
        } else if (tree instanceof JCExpression sub) {
          escapeIfTracked(eval(sub, out, null).ref(), out, b.pos(sub));
        } else if (!(tree instanceof JCTree.JCClassDecl)) {
          super.scan(tree);
        }
      }
    }.scan(e);
  }

  private Value fieldAccess(JCFieldAccess fa, List<Stmt> out) {
    Symbol sym = TreeInfo.symbol(fa);
    if (sym instanceof VarSymbol v && v.owner instanceof ClassSymbol) {
      boolean onThis = v.isStatic() || isThis(fa.selected);
      if (!v.isStatic() && !isThis(fa.selected) && !isTypeName(fa.selected)) {
        eval(fa.selected, out, null);
      }
      if (onThis && b.partAlias(v) != null) {
        return Value.of(b.partAlias(v));
      }
      return Value.of(b.isTracked(v.type) ? new Ref.Field(JavacNames.owner(v.owner.enclClass()),
          v.name.toString(), onThis) : Ref.UNKNOWN);
    }
    if (!isTypeName(fa.selected)) {
      eval(fa.selected, out, null);
    }
    return Value.UNKNOWN;
  }

  /** The ref of a variable: a tracked local or field; {@code anyType} also for untracked types (monitors). */
  Ref varRef(Symbol sym, JCExpression at, boolean anyType) {
    if (!(sym instanceof VarSymbol v)) {
      return Ref.UNKNOWN;
    }
    if (v.name.contentEquals("this") || v.name.contentEquals("super")) {
      return anyType ? b.thisRef() : Ref.UNKNOWN;
    }
    if (!(v.owner instanceof ClassSymbol)) {
      Ref.Part part = b.partAlias(v);
      if (part != null) {
        return part;
      }
      return anyType || b.isTracked(v.type) ? b.local(v) : Ref.UNKNOWN;
    }
    Ref.Part fieldPart = b.partAlias(v);
    if (fieldPart != null) {
      return fieldPart;
    }
    if (!anyType && !b.isTracked(v.type)) {
      return Ref.UNKNOWN;
    }
    return new Ref.Field(JavacNames.owner(v.owner.enclClass()), v.name.toString(), true);
  }

  static boolean isThis(JCExpression e) {
    Symbol s = TreeInfo.symbol(TreeInfo.skipParens(e));
    return s instanceof VarSymbol v && (v.name.contentEquals("this") || v.name.contentEquals("super"));
  }

  static boolean isTypeName(JCExpression e) {
    Symbol s = TreeInfo.symbol(e);
    return s instanceof Symbol.TypeSymbol || s instanceof Symbol.PackageSymbol;
  }

  // ---- calls --------------------------------------------------------------------------------

  /** A method call; with {@code asCond}, a TRY_ACQUIRE returns its condition instead of an If. */
  Value call(JCMethodInvocation inv, List<Stmt> out, Ref result, boolean asCond) {
    Symbol s = TreeInfo.symbol(inv.meth);
    SourcePos pos = b.pos(inv);
    if (!(s instanceof MethodSymbol ms)) {
      generic(inv, out);
      return Value.UNKNOWN;
    }
    JCExpression recvExpr = inv.meth instanceof JCFieldAccess fa ? fa.selected : null;
    Value recvVal = null;
    Ref recv = Ref.UNKNOWN;
    Type ownerType = ms.owner.type;
    boolean onThis = recvExpr == null || isThis(recvExpr);
    if (!ms.isStatic()) {
      if (onThis) {
        recv = b.thisRef();
        if (recvExpr != null && recvExpr.type != null) {
          ownerType = recvExpr.type;
        }
      } else {
        recvVal = eval(recvExpr, out, null);
        recv = recvVal.ref();
        ownerType = recvExpr.type;
      }
    } else if (recvExpr != null && !isTypeName(recvExpr)) {
      eval(recvExpr, out, null);
    }
    String name = ms.name.toString();
    int argc = inv.args.size();
    Optional<CallRole> found = b.library().call(b.names().typeInfo(ownerType), name, argc, ms.isStatic());
    if (found.isEmpty()) {
      return unknownCall(ms, inv, recv, recvVal, onThis, out, pos);
    }
    CallRole role = found.get();
    if (role.role() == Role.SELECT) {
      return select(inv, out, pos);
    }
    Args args = args(inv.args, role, out);
    MethodModel pending = null;
    if (role.role() == Role.START && role.argIndex() < 0) {
      pending = recvVal != null && recvVal.threadBody() != null ? recvVal.threadBody()
          : recv instanceof Ref.Local l ? b.threadBody(l) : null;
    }
    EventFactory.Site site = new EventFactory.Site(recv, args.counts, args.bodies, pending, result, pos);
    if (role.role() == Role.TRY_ACQUIRE && asCond) {
      return new Value(Ref.UNKNOWN, null, List.of(), EventFactory.cond(role, site));
    }
    out.addAll(EventFactory.stmts(role, site));
    if (role.role() == Role.SEND) {
      for (Ref r : args.tracked) {
        out.add(new Stmt.Do(new Event.Escape(r, pos)));
      }
    }
    return new Value(EventFactory.value(role, site), EventFactory.threadBody(role, site),
        EventFactory.closeEvents(role, site), null);
  }

  private Value unknownCall(MethodSymbol ms, JCMethodInvocation inv, Ref recv, Value recvVal,
      boolean onThis, List<Stmt> out, SourcePos pos) {
    Args args = args(inv.args, null, out);
    String name = ms.name.toString();
    if (name.equals("close") && inv.args.isEmpty() && recv instanceof Ref.Local l
        && b.handleClose(l) != null) {
      for (Event e : b.handleClose(l)) {
        out.add(new Stmt.Do(e));
      }
      return Value.UNKNOWN;
    }
    if (recv.isTracked() && !onThis && (name.equals("iterator")
        || recvVal != null && receiverKind(inv).map(EventFactory::unknownCallEscapesReceiver)
            .orElse(false))) {
      // receiving through an explicit iterator is not modelled: stop tracking the channel;
      // thread.setDaemon(true), future.cancel(true), ...: the task's fate is settled elsewhere
      out.add(new Stmt.Do(new Event.Escape(recv, pos)));
    }
    boolean sameClass = onThis && b.isOwnClass(ms.owner);
    String callee = !sameClass ? EventFactory.opaqueCallee(name)
        : JavacNames.owner(ms.owner.enclClass()) + "#"
            + (overloaded(ms, inv.args.size()) ? name + "(?)" : b.names().signature(ms));
    out.add(new Stmt.Do(new Event.Call(callee, List.copyOf(args.tracked), sameClass, pos)));
    return Value.UNKNOWN;
  }

  /**
   * Whether the class declaring {@code ms} declares more than one method of that name that takes
   * {@code argc} arguments: the call is then named {@code Owner#name(?)}, as the source front end,
   * which does not resolve overloads, names it (the summaries take all the overloads).
   */
  private static boolean overloaded(MethodSymbol ms, int argc) {
    int n = 0;
    for (Symbol s : ms.owner.members().getSymbolsByName(ms.name)) {
      if (s instanceof MethodSymbol m && m.owner == ms.owner) {
        int params = m.type.getParameterTypes().size();
        boolean fits = m.isVarArgs() ? argc >= params - 1 : argc == params;
        if (fits && ++n > 1) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<ObjKind> receiverKind(JCMethodInvocation inv) {
    if (inv.meth instanceof JCFieldAccess fa && fa.selected.type != null) {
      return b.library().kindOf(b.names().typeInfo(fa.selected.type));
    }
    return Optional.empty();
  }

  private Value newClass(JCNewClass nc, List<Stmt> out, Ref result) {
    SourcePos pos = b.pos(nc);
    if (nc.encl != null) {
      eval(nc.encl, out, null);
    }
    if (nc.def != null) {
      Args args = args(nc.args, null, out);
      escapeCaptured(nc.def, out);
      b.enqueue(nc.def);
      out.add(new Stmt.Do(new Event.Call("new " + JavacNames.owner(nc.def.sym),
          List.copyOf(args.tracked), false, pos)));
      return Value.UNKNOWN;
    }
    var type = b.names().typeInfo(nc.type);
    Optional<CallRole> found = b.library().constructor(type, nc.args.size());
    if (found.isEmpty()) {
      Args args = args(nc.args, null, out);
      out.add(new Stmt.Do(new Event.Call("new " + type.name(), List.copyOf(args.tracked), false, pos)));
      return Value.UNKNOWN;
    }
    CallRole role = found.get();
    Args args = args(nc.args, role, out);
    EventFactory.Site site = new EventFactory.Site(Ref.UNKNOWN, args.counts, args.bodies, null, result, pos);
    out.addAll(EventFactory.stmts(role, site));
    return new Value(EventFactory.value(role, site), EventFactory.threadBody(role, site),
        EventFactory.closeEvents(role, site), null);
  }

  /** Evaluated arguments: counts, lambda bodies where the role wants them, tracked values. */
  private static final class Args {
    final List<Count> counts = new ArrayList<>();
    final List<MethodModel> bodies = new ArrayList<>();
    final Set<Ref> tracked = new LinkedHashSet<>();
  }

  private Args args(List<JCExpression> exprs, CallRole role, List<Stmt> out) {
    Args a = new Args();
    for (int i = 0; i < exprs.size(); i++) {
      JCExpression arg = TreeInfo.skipParens(exprs.get(i));
      a.counts.add(b.conditions().countOf(arg));
      if (wantsBody(role, i) && arg instanceof JCLambda l) {
        a.bodies.add(b.lambda(l));
        continue;
      }
      a.bodies.add(null);
      Ref r = eval(arg, out, null).ref();
      if (r.isTracked()) {
        a.tracked.add(r);
      }
    }
    return a;
  }

  private static boolean wantsBody(CallRole role, int index) {
    return role != null && role.takesBodyAt(index);
  }

  private Value select(JCMethodInvocation inv, List<Stmt> out, SourcePos pos) {
    List<EventFactory.SelectArm> arms = new ArrayList<>();
    for (JCExpression raw : inv.args) {
      JCExpression arg = TreeInfo.skipParens(raw);
      EventFactory.SelectArm arm = arg instanceof JCMethodInvocation c ? arm(c, out) : null;
      if (arm == null) {
        // a case built elsewhere (a variable, an array): the select is not understood
        generic(inv, out);
        out.add(new Stmt.Do(new Event.Block("select", pos)));
        return Value.UNKNOWN;
      }
      arms.add(arm);
    }
    out.add(new Stmt.Do(EventFactory.select(arms, pos)));
    return Value.UNKNOWN;
  }

  private EventFactory.SelectArm arm(JCMethodInvocation c, List<Stmt> out) {
    Symbol s = TreeInfo.symbol(c.meth);
    if (!(s instanceof MethodSymbol ms) || !ms.isStatic()) {
      return null;
    }
    Optional<CallRole> found = b.library().call(b.names().typeInfo(ms.owner.type),
        ms.name.toString(), c.args.size(), true);
    if (found.isEmpty()) {
      return null;
    }
    CallRole role = found.get();
    switch (role.role()) {
      case SELECT_RECV, SELECT_SEND, SELECT_DEFAULT, SELECT_AFTER -> { }
      default -> {
        return null;
      }
    }
    Ref channel = Ref.UNKNOWN;
    List<Count> counts = new ArrayList<>();
    List<MethodModel> bodies = new ArrayList<>();
    for (int i = 0; i < c.args.size(); i++) {
      JCExpression arg = TreeInfo.skipParens(c.args.get(i));
      counts.add(Count.UNKNOWN);
      if (i == role.argIndex() && arg instanceof JCLambda l) {
        bodies.add(b.lambda(l));
        continue;
      }
      bodies.add(null);
      Ref r = eval(arg, out, null).ref();
      if (i == 0 && (role.role() == Role.SELECT_RECV || role.role() == Role.SELECT_SEND)) {
        channel = r;
      } else if (role.role() == Role.SELECT_SEND && i == 1 && r.isTracked()) {
        out.add(new Stmt.Do(new Event.Escape(r, b.pos(arg))));
      }
    }
    SourcePos pos = b.pos(c);
    EventFactory.Site site = new EventFactory.Site(channel, counts, bodies, null, Ref.UNKNOWN, pos);
    return new EventFactory.SelectArm(role.role(), channel, EventFactory.caseBody(role, site), pos);
  }

  private void memberReference(JCMemberReference mr, List<Stmt> out) {
    if (!isTypeName(mr.expr)) {
      Ref r = eval(mr.expr, out, null).ref();
      escapeIfTracked(r, out, b.pos(mr));
    }
  }

  void escapeIfTracked(Ref r, List<Stmt> out, SourcePos pos) {
    if (r.isTracked()) {
      out.add(new Stmt.Do(new Event.Escape(r, pos)));
    }
  }

  /** A lambda or class body not run as a task: every tracked object it uses escapes here. */
  void escapeCaptured(JCTree body, List<Stmt> out) {
    Set<Ref> captured = new LinkedHashSet<>();
    new TreeScanner() {
      @Override
      public void visitIdent(JCIdent id) {
        Ref r = varRef(TreeInfo.symbol(id), id, false);
        if (r.isTracked()) {
          captured.add(r);
        }
      }

      @Override
      public void visitSelect(JCFieldAccess fa) {
        Symbol s = TreeInfo.symbol(fa);
        if (s instanceof VarSymbol v && v.owner instanceof ClassSymbol
            && (v.isStatic() || isThis(fa.selected)) && b.isTracked(v.type)) {
          captured.add(new Ref.Field(JavacNames.owner(v.owner.enclClass()), v.name.toString(), true));
        }
        super.visitSelect(fa);
      }
    }.scan(body);
    SourcePos pos = b.pos(body);
    for (Ref r : captured) {
      out.add(new Stmt.Do(new Event.Escape(r, pos)));
    }
  }
}
