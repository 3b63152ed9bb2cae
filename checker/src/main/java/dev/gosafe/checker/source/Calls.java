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
    String name = inv.getNameAsString();
    int argc = inv.getArguments().size();
    // A call whose name no library model knows cannot have a role: its receiver's type is not
    // needed. Nothing is resolved through the solver's method resolution: a method of this file's
    // classes is found by name and arity (the model names an overloaded one m(?), as javac's
    // front end does), and any other call is opaque (EventFactory.opaqueCallee).
    boolean mayMatter = b.library.mayHaveRole(name);
    boolean typeRecv = recvExpr != null && !onThis && x.isTypeName(recvExpr);
    Callee callee = ownCallee(inv, recvExpr);
    Value recvVal = null;
    Ref recv = Ref.UNKNOWN;
    Optional<TypeInfo> ownerType = mayMatter ? ownerType(callee) : Optional.empty();
    boolean isStatic = callee.isStatic() || typeRecv;
    if (!isStatic) {
      if (onThis) {
        recv = b.thisRef();
        if (recvExpr != null && mayMatter) {
          ownerType = recvExpr instanceof SuperExpr ? superType() : x.typeOf(recvExpr);
        }
      } else {
        recvVal = x.eval(recvExpr, out, null);
        recv = recvVal.ref();
        ownerType = mayMatter ? x.typeOf(recvExpr) : Optional.empty();
      }
    } else if (recvExpr != null && !typeRecv && !onThis) {
      x.eval(recvExpr, out, null);
    } else if (typeRecv && mayMatter) {
      ownerType = b.types.named(recvExpr.toString());
    }
    final boolean st = isStatic;
    Optional<CallRole> found = ownerType.flatMap(t -> b.library.call(t, name, argc, st));
    if (found.isEmpty() && mayMatter && recvExpr == null && callee.inFile() == null) {
      // a static import's method, or one inherited from a supertype outside this file
      Optional<CallRole> imported = importedRole(name, argc);
      if (imported.isPresent()) {
        found = imported;
        recv = Ref.UNKNOWN;
      } else {
        found = inheritedRole(name, argc);
      }
    }
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

  /** The role of {@code name} as a statically imported method, if one of the static imports gives it one. */
  private Optional<CallRole> importedRole(String name, int argc) {
    for (String owner : b.types.staticImportOwners(name)) {
      Optional<CallRole> role = b.types.named(owner)
          .flatMap(t -> b.library.call(t, name, argc, true));
      if (role.isPresent()) {
        return role;
      }
    }
    return Optional.empty();
  }

  /** The role of {@code name} as a method inherited by this class (instance, else static). */
  private Optional<CallRole> inheritedRole(String name, int argc) {
    Optional<TypeInfo> self = b.types.named(b.current.name);
    Optional<CallRole> role = self.flatMap(t -> b.library.call(t, name, argc, false));
    return role.isPresent() ? role : self.flatMap(t -> b.library.call(t, name, argc, true));
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
    out.add(new Stmt.Do(new Event.Call(sameClass ? callee.owner() + "#" + callee.signature()
        : EventFactory.opaqueCallee(name), List.copyOf(args.tracked), sameClass, pos)));
    return Value.UNKNOWN;
  }

  /** A method of this file's classes called on {@code this} by name and arity, else an unknown callee. */
  private Callee ownCallee(MethodCallExpr inv, Expression recvExpr) {
    String name = inv.getNameAsString();
    if (recvExpr == null || recvExpr instanceof ThisExpr t && t.getTypeName().isEmpty()) {
      int argc = inv.getArguments().size();
      for (ClassInfo c = b.current; c != null; c = c.outer) {
        List<MethodDeclaration> ms = declared(c, name, argc);
        if (ms.size() == 1) {
          MethodDeclaration m = ms.get(0);
          return new Callee(c.name, c, m.isStatic(), b.signature(name, m.getParameters()));
        }
        if (ms.size() > 1) {
          boolean allStatic = ms.stream().allMatch(MethodDeclaration::isStatic);
          return new Callee(c.name, c, allStatic, name + "(?)"); // overloads: see call()
        }
        if (recvExpr != null) {
          break;
        }
      }
    }
    return new Callee("", null, false, name + "(?)");
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
    } else if (!ec.isThis()) {
      sameClass = false; // super(...): a call like any other outside the class
      owner = "?";
      signature = "<init>(?)";
    } else {
      sameClass = true; // this(...) with overloads of that arity: named <init>(?), as javac's front end does
      owner = b.current.name;
      signature = "<init>(?)";
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
    String name = c.getNameAsString();
    int argc = c.getArguments().size();
    Optional<CallRole> found;
    if (scope != null && x.isTypeName(scope)) {
      found = b.types.named(scope.toString()).flatMap(t -> b.library.call(t, name, argc, true));
    } else if (scope == null) {
      Callee callee = ownCallee(c, null);
      if (callee.inFile() != null) {
        if (!callee.isStatic()) {
          return null;
        }
        found = ownerType(callee).flatMap(t -> b.library.call(t, name, argc, true));
      } else {
        found = importedRole(name, argc);
      }
    } else {
      return null;
    }
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
