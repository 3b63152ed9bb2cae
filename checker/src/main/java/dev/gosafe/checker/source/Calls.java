package dev.gosafe.checker.source;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import dev.gosafe.checker.model.CallRole;
import dev.gosafe.checker.model.CallRole.Role;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.EventFactory;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import dev.gosafe.checker.model.TypeInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Calls and object creations of the source front end (mirrors the call half of
 * {@code JavacExpressions}): the library models give a call its role, {@link EventFactory} its
 * events; any other call is an {@link Event.Call} named {@code Owner#signature}.
 */
final class Calls {
  private final Builder b;
  private final ExprWalker x;

  /** The method called: declaring class (model name, and the class when in this file), static. */
  private record Callee(String owner, ClassInfo inFile, boolean isStatic, String signature) {}

  Calls(Builder b, ExprWalker x) {
    this.b = b;
    this.x = x;
  }

  /** A method call; with {@code asCond}, a TRY_ACQUIRE returns its condition instead of an If. */
  Value call(MethodCallExpr inv, List<Stmt> out, Ref result, boolean asCond) {
    SourcePos pos = b.pos(inv);
    Expression recvExpr = inv.getScope().orElse(null);
    boolean onThis = recvExpr == null || x.isThis(recvExpr);
    Callee callee = callee(inv, recvExpr);
    Value recvVal = null;
    Ref recv = Ref.UNKNOWN;
    Optional<TypeInfo> ownerType = ownerType(callee);
    boolean isStatic = callee.isStatic() || recvExpr != null && x.isTypeName(recvExpr);
    if (!isStatic) {
      if (onThis) {
        recv = b.thisRef();
        if (recvExpr != null) {
          ownerType = recvExpr instanceof SuperExpr ? superType() : x.typeOf(recvExpr);
        }
      } else {
        recvVal = x.eval(recvExpr, out, null);
        recv = recvVal.ref();
        ownerType = x.typeOf(recvExpr);
      }
    } else if (recvExpr != null && !x.isTypeName(recvExpr)) {
      x.eval(recvExpr, out, null);
    } else if (recvExpr != null) {
      Optional<TypeInfo> named = b.types.named(recvExpr.toString());
      if (ownerType.isEmpty() || callee.inFile() == null && callee.owner().isEmpty()) {
        ownerType = named;
      }
    }
    String name = inv.getNameAsString();
    int argc = inv.getArguments().size();
    final boolean st = isStatic;
    Optional<CallRole> found = ownerType.flatMap(t -> b.library.call(t, name, argc, st));
    if (found.isEmpty()) {
      return unknownCall(inv, callee, recv, onThis, out, pos);
    }
    CallRole role = found.get();
    if (role.role() == Role.SELECT) {
      return select(inv, out, pos);
    }
    Args args = args(inv.getArguments(), role, out);
    MethodModel pending = null;
    if (role.role() == Role.START && role.argIndex() < 0) {
      pending = recvVal != null && recvVal.threadBody() != null ? recvVal.threadBody()
          : recv instanceof Ref.Local l ? b.threadBodies.get(l) : null;
    }
    EventFactory.Site site = new EventFactory.Site(recv, args.counts, args.bodies, pending, result,
        pos);
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

  private Optional<TypeInfo> ownerType(Callee c) {
    if (c.owner().isEmpty()) {
      return Optional.empty();
    }
    return b.types.named(c.owner());
  }

  private Optional<TypeInfo> superType() {
    if (b.current.node instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
        && !c.getExtendedTypes().isEmpty()) {
      return b.types.ofType(c.getExtendedTypes().get(0));
    }
    return b.types.named("java.lang.Object");
  }

  private Value unknownCall(MethodCallExpr inv, Callee callee, Ref recv, boolean onThis,
      List<Stmt> out, SourcePos pos) {
    Args args = args(inv.getArguments(), null, out);
    String name = inv.getNameAsString();
    if (name.equals("close") && inv.getArguments().isEmpty() && recv instanceof Ref.Local l
        && b.handleCloses.get(l) != null) {
      for (Event e : b.handleCloses.get(l)) {
        out.add(new Stmt.Do(e));
      }
      return Value.UNKNOWN;
    }
    if (recv.isTracked() && !onThis && name.equals("iterator")) {
      out.add(new Stmt.Do(new Event.Escape(recv, pos)));
    }
    boolean sameClass = onThis && callee.inFile() != null && b.current.isOwnOrEnclosing(callee.inFile());
    String owner = callee.owner().isEmpty() ? "?" : callee.owner();
    out.add(new Stmt.Do(new Event.Call(owner + "#" + callee.signature(), List.copyOf(args.tracked),
        sameClass, pos)));
    return Value.UNKNOWN;
  }

  /** Who {@code inv} calls: a method of this file's classes by name and arity, else the solver's answer. */
  private Callee callee(MethodCallExpr inv, Expression recvExpr) {
    String name = inv.getNameAsString();
    int argc = inv.getArguments().size();
    if (recvExpr == null || recvExpr instanceof ThisExpr t && t.getTypeName().isEmpty()) {
      for (ClassInfo c = b.current; c != null; c = c.outer) {
        List<MethodDeclaration> ms = declared(c, name, argc);
        if (ms.size() == 1) {
          MethodDeclaration m = ms.get(0);
          return new Callee(c.name, c, m.isStatic(), b.signature(name, m.getParameters()));
        }
        if (ms.size() > 1) {
          break;
        }
        if (recvExpr != null) {
          break; // this.m(): only this class (and its supertypes, below)
        }
      }
    }
    if (name.equals("clone") && argc == 0 && recvExpr != null && !x.isThis(recvExpr)
        && x.isArray(recvExpr)) {
      return new Callee("Array", null, false, "clone()"); // javac's synthetic array class
    }
    try {
      ResolvedMethodLikeDeclaration d = inv.resolve();
      String owner = x.modelName(d.declaringType().getQualifiedName());
      if (owner.equals("java.lang.Object") && recvExpr != null && !x.isThis(recvExpr)
          && !x.isTypeName(recvExpr)) {
        // javac names an interface's implicit Object members after the interface
        Optional<TypeInfo> rt = x.typeOf(recvExpr);
        if (rt.isPresent() && b.types.isInterface(rt.get().name())) {
          owner = rt.get().name();
        }
      }
      ClassInfo in = x.classNamed(owner);
      boolean isStatic = d instanceof com.github.javaparser.resolution.declarations
          .ResolvedMethodDeclaration md && md.isStatic();
      return new Callee(owner, in, isStatic, resolvedSignature(name, d));
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      return new Callee("", null, false, name + "(?)");
    }
  }

  private static List<MethodDeclaration> declared(ClassInfo c, String name, int argc) {
    List<MethodDeclaration> out = new ArrayList<>();
    for (BodyDeclaration<?> m : c.members) {
      if (m instanceof MethodDeclaration md && md.getNameAsString().equals(name)
          && arityMatches(md, argc)) {
        out.add(md);
      }
    }
    return out;
  }

  private static boolean arityMatches(CallableDeclaration<?> m, int argc) {
    NodeList<Parameter> ps = m.getParameters();
    boolean varargs = !ps.isEmpty() && ps.get(ps.size() - 1).isVarArgs();
    return varargs ? argc >= ps.size() - 1 : argc == ps.size();
  }

  private static String resolvedSignature(String name, ResolvedMethodLikeDeclaration d) {
    StringJoiner j = new StringJoiner(",", name + "(", ")");
    for (int i = 0; i < d.getNumberOfParams(); i++) {
      j.add(Builder.erased(d.getParam(i).getType()));
    }
    return j.toString();
  }

  Value newClass(ObjectCreationExpr nc, List<Stmt> out, Ref result) {
    SourcePos pos = b.pos(nc);
    nc.getScope().ifPresent(s -> x.eval(s, out, null));
    if (nc.getAnonymousClassBody().isPresent()) {
      Args args = args(nc.getArguments(), null, out);
      ClassInfo anon = b.classes.get(nc);
      x.escapeCaptured(nc.getAnonymousClassBody().get(), b.anonymousPos(nc), out);
      b.enqueue(anon);
      out.add(new Stmt.Do(new Event.Call("new " + anon.name, List.copyOf(args.tracked), false,
          pos)));
      return Value.UNKNOWN;
    }
    Optional<TypeInfo> type = b.types.ofType(nc.getType());
    String typeName = type.map(TypeInfo::name).orElse(nc.getType().getNameWithScope());
    Optional<CallRole> found = type.flatMap(t -> b.library.constructor(t, nc.getArguments().size()));
    if (found.isEmpty()) {
      Args args = args(nc.getArguments(), null, out);
      out.add(new Stmt.Do(new Event.Call("new " + typeName, List.copyOf(args.tracked), false, pos)));
      return Value.UNKNOWN;
    }
    CallRole role = found.get();
    Args args = args(nc.getArguments(), role, out);
    EventFactory.Site site = new EventFactory.Site(Ref.UNKNOWN, args.counts, args.bodies, null,
        result, pos);
    out.addAll(EventFactory.stmts(role, site));
    return new Value(EventFactory.value(role, site), EventFactory.threadBody(role, site),
        EventFactory.closeEvents(role, site), null);
  }

  void explicitConstructor(ExplicitConstructorInvocationStmt ec, List<Stmt> out) {
    ec.getExpression().ifPresent(e -> x.eval(e, out, null));
    Args args = args(ec.getArguments(), null, out);
    String owner;
    String signature;
    boolean sameClass;
    ConstructorDeclaration own = ec.isThis() ? ownConstructor(ec.getArguments().size()) : null;
    if (own != null) {
      owner = b.current.name;
      signature = b.signature("<init>", own.getParameters());
      sameClass = true;
    } else {
      sameClass = ec.isThis();
      try {
        ResolvedMethodLikeDeclaration d = ec.resolve();
        owner = x.modelName(d.declaringType().getQualifiedName());
        signature = resolvedSignature("<init>", d);
      } catch (RuntimeException | LinkageError | StackOverflowError ex) {
        owner = ec.isThis() ? b.current.name : "?";
        signature = "<init>(?)";
      }
    }
    out.add(new Stmt.Do(new Event.Call(owner + "#" + signature, List.copyOf(args.tracked),
        sameClass, b.pos(ec))));
  }

  private ConstructorDeclaration ownConstructor(int argc) {
    ConstructorDeclaration found = null;
    for (BodyDeclaration<?> m : b.current.members) {
      if (m instanceof ConstructorDeclaration cd && arityMatches(cd, argc)) {
        if (found != null) {
          return null;
        }
        found = cd;
      }
    }
    return found;
  }

  /** Evaluated arguments: counts, lambda bodies where the role wants them, tracked values. */
  private static final class Args {
    final List<Count> counts = new ArrayList<>();
    final List<MethodModel> bodies = new ArrayList<>();
    final Set<Ref> tracked = new LinkedHashSet<>();
  }

  private Args args(List<Expression> exprs, CallRole role, List<Stmt> out) {
    Args a = new Args();
    for (int i = 0; i < exprs.size(); i++) {
      Expression arg = Statements.unwrap(exprs.get(i));
      a.counts.add(x.countOf(arg));
      if (wantsBody(role, i) && arg instanceof LambdaExpr l) {
        a.bodies.add(b.lambda(l));
        continue;
      }
      a.bodies.add(null);
      Ref r = x.eval(arg, out, null).ref();
      if (r.isTracked()) {
        a.tracked.add(r);
      }
    }
    return a;
  }

  private static boolean wantsBody(CallRole role, int index) {
    return role != null && role.takesBodyAt(index);
  }

  private Value select(MethodCallExpr inv, List<Stmt> out, SourcePos pos) {
    List<EventFactory.SelectArm> arms = new ArrayList<>();
    for (Expression raw : inv.getArguments()) {
      Expression arg = Statements.unwrap(raw);
      EventFactory.SelectArm arm = arg instanceof MethodCallExpr c ? arm(c, out) : null;
      if (arm == null) {
        // a case built elsewhere (a variable, an array): the select is not understood
        for (Expression a : inv.getArguments()) {
          x.escapeIfTracked(x.eval(a, out, null).ref(), out, b.pos(a));
        }
        out.add(new Stmt.Do(new Event.Block("select", pos)));
        return Value.UNKNOWN;
      }
      arms.add(arm);
    }
    out.add(new Stmt.Do(EventFactory.select(arms, pos)));
    return Value.UNKNOWN;
  }

  private EventFactory.SelectArm arm(MethodCallExpr c, List<Stmt> out) {
    Expression scope = c.getScope().orElse(null);
    Optional<TypeInfo> owner;
    if (scope != null && x.isTypeName(scope)) {
      owner = b.types.named(scope.toString());
    } else if (scope == null) {
      Callee callee = callee(c, null);
      if (!callee.isStatic()) {
        return null;
      }
      owner = ownerType(callee);
    } else {
      return null;
    }
    Optional<CallRole> found = owner.flatMap(t -> b.library.call(t, c.getNameAsString(),
        c.getArguments().size(), true));
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
    for (int i = 0; i < c.getArguments().size(); i++) {
      Expression arg = Statements.unwrap(c.getArguments().get(i));
      counts.add(Count.UNKNOWN);
      if (i == role.argIndex() && arg instanceof LambdaExpr l) {
        bodies.add(b.lambda(l));
        continue;
      }
      bodies.add(null);
      Ref r = x.eval(arg, out, null).ref();
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
}
