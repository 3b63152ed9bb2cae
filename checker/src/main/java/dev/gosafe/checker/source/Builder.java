package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.LibraryModel;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import dev.gosafe.checker.model.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The per-file state of the source front end, and its class and method level (mirrors
 * {@code JavacModelBuilder}): classes are modelled in discovery order (top-level types, then member
 * classes and the local and anonymous classes met while walking), fields of tracked types with
 * their recognised {@code new}, methods and constructors, lambdas run as tasks.
 */
final class Builder {
  final LineIndex lines;
  final TypeResolver types;
  final LibraryModel library;
  final Map<Node, ClassInfo> classes;
  final Names names;
  final ExprWalker x;
  final Statements s;
  final Map<Node, Ref.Part> partAliases = new IdentityHashMap<>();
  final Map<Ref.Local, MethodModel> threadBodies = new HashMap<>();
  final Map<Ref.Local, List<Event>> handleCloses = new HashMap<>();
  private final Map<Node, Optional<TypeInfo>> declTypes = new IdentityHashMap<>();
  private final ArrayDeque<ClassInfo> pending = new ArrayDeque<>();
  private final Set<ClassInfo> seen = new LinkedHashSet<>();
  ClassInfo current;
  String currentSignature = "";
  private SourceModelBuilder.Failure failure;

  Builder(LineIndex lines, TypeResolver types, LibraryModel library, Map<Node, ClassInfo> classes) {
    this.lines = lines;
    this.types = types;
    this.library = library;
    this.classes = classes;
    this.names = new Names(classes);
    this.x = new ExprWalker(this);
    this.s = new Statements(this);
  }

  SourceModelBuilder.Failure failure() {
    return failure;
  }

  List<ClassModel> build() {
    List<ClassModel> out = new ArrayList<>();
    while (!pending.isEmpty()) {
      out.add(classModel(pending.removeFirst()));
    }
    return out;
  }

  // ---- shared -------------------------------------------------------------------------------

  SourcePos pos(Node n) {
    return lines.begin(n);
  }

  boolean isTracked(Optional<TypeInfo> type) {
    return type.isPresent() && library.kindOf(type.get()).isPresent();
  }

  Optional<ObjKind> kindOf(Optional<TypeInfo> type) {
    return type.flatMap(library::kindOf);
  }

  /** The static type of a declared variable: its declared type, else its initializer's ({@code var}). */
  Optional<TypeInfo> typeOf(Decl d) {
    Node key = d.decl() instanceof com.github.javaparser.ast.expr.VariableDeclarationExpr v
        ? findDeclarator(v, d.name()) : d.decl();
    Optional<TypeInfo> t = declTypes.get(key);
    if (t == null) {
      declTypes.put(key, Optional.empty()); // guards against cycles through `var`
      if (d.type() != null) {
        t = types.ofType(d.type());
      } else if (d.init() instanceof Expression init) {
        t = x.typeOf(init);
      } else if (d.decl() instanceof Parameter p) {
        t = types.ofParameter(p);
      } else {
        t = Optional.empty();
      }
      declTypes.put(key, t);
    }
    return t;
  }

  private static Node findDeclarator(com.github.javaparser.ast.expr.VariableDeclarationExpr v,
      String name) {
    for (VariableDeclarator d : v.getVariables()) {
      if (d.getNameAsString().equals(name)) {
        return d;
      }
    }
    return v;
  }

  boolean isBoolean(Decl d) {
    if (d.type() != null && d.type().isPrimitiveType()) {
      return d.type().asPrimitiveType().getType()
          == com.github.javaparser.ast.type.PrimitiveType.Primitive.BOOLEAN;
    }
    return typeOf(d).map(t -> t.name().equals("java.lang.Boolean") || t.name().equals("boolean"))
        .orElse(false);
  }

  boolean isIntegral(Decl d) {
    if (d.type() != null) {
      if (!d.type().isPrimitiveType()) {
        return false;
      }
      return switch (d.type().asPrimitiveType().getType()) {
        case INT, LONG, SHORT, BYTE -> true;
        default -> false;
      };
    }
    return typeOf(d).map(t -> switch (t.name()) {
      case "int", "long", "short", "byte" -> true;
      default -> false;
    }).orElse(false);
  }

  Ref.Local local(Decl d) {
    return new Ref.Local(d.name(), pos(d.decl()).offset());
  }

  Ref thisRef() {
    return new Ref.Field(current.name, "this", true);
  }

  void enqueue(ClassInfo c) {
    if (c != null && seen.add(c)) {
      pending.addLast(c);
    }
  }

  static Stmt block(List<Stmt> stmts) {
    return stmts.size() == 1 ? stmts.get(0) : new Stmt.Block(List.copyOf(stmts));
  }

  // ---- classes and methods ------------------------------------------------------------------

  private ClassModel classModel(ClassInfo c) {
    ClassInfo saved = current;
    current = c;
    try {
      List<ClassModel.FieldModel> fields = new ArrayList<>();
      List<MethodModel> methods = new ArrayList<>();
      for (BodyDeclaration<?> def : c.members) {
        if (def instanceof FieldDeclaration f) {
          for (VariableDeclarator v : f.getVariables()) {
            ClassModel.FieldModel fm = field(c, f, v);
            if (fm != null) {
              fields.add(fm);
            }
            v.getInitializer().ifPresent(this::enqueueClassesIn);
          }
        } else if (def instanceof com.github.javaparser.ast.body.InitializerDeclaration init) {
          enqueueClassesIn(init.getBody()); // initializer blocks are not modelled, their classes are
        }
      }
      for (BodyDeclaration<?> def : c.members) {
        if (def instanceof MethodDeclaration md) {
          methods.add(method(md, md.getNameAsString(), md.getBody().orElse(null)));
        } else if (def instanceof ConstructorDeclaration cd) {
          methods.add(method(cd, "<init>", cd.getBody()));
        } else if (def instanceof TypeDeclaration<?> nested) {
          enqueue(classes.get(nested));
        }
      }
      SourcePos at = c.node instanceof ObjectCreationExpr oc ? anonymousPos(oc) : pos(c.node);
      return new ClassModel(c.name, at, List.copyOf(fields), List.copyOf(methods));
    } finally {
      current = saved;
    }
  }

  /** Enqueues the classes declared in {@code tree} (anonymous ones too), not descending into them. */
  private void enqueueClassesIn(Node tree) {
    if (tree instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isPresent()) {
      oc.getScope().ifPresent(this::enqueueClassesIn);
      oc.getArguments().forEach(this::enqueueClassesIn);
      enqueue(classes.get(oc));
      return;
    }
    if (classes.containsKey(tree)) {
      enqueue(classes.get(tree));
      return;
    }
    for (Node child : tree.getChildNodes()) {
      enqueueClassesIn(child);
    }
  }

  /** An anonymous class starts (for javac) at the <code>{</code> of its body. */
  SourcePos anonymousPos(ObjectCreationExpr oc) {
    Node last = oc.getArguments().isEmpty() ? oc.getType()
        : oc.getArguments().get(oc.getArguments().size() - 1);
    SourcePos after = last.getEnd().map(lines::pos).orElse(SourcePos.NONE);
    if (!after.isKnown()) {
      return pos(oc);
    }
    return lines.next('{', after.offset());
  }

  private ClassModel.FieldModel field(ClassInfo c, FieldDeclaration f, VariableDeclarator v) {
    Decl d = c.fields.get(v.getNameAsString());
    Optional<TypeInfo> type = typeOf(d);
    Optional<ObjKind> kind = kindOf(type);
    if (kind.isEmpty()) {
      return null;
    }
    Event.New initial = null;
    if (v.getInitializer().isPresent()) {
      try {
        currentSignature = "<field " + v.getNameAsString() + ">";
        List<Stmt> out = new ArrayList<>();
        Value val = x.eval(v.getInitializer().get(), out,
            new Ref.Field(c.name, v.getNameAsString(), true));
        if (out.size() == 1 && out.get(0) instanceof Stmt.Do dd && dd.event() instanceof Event.New n) {
          initial = n;
        }
        if (val.ref() instanceof Ref.Part part && f.isFinal()) {
          partAliases.put(d.decl(), part); // final Lock r = rw.readLock(): the field is that part
        }
      } catch (RuntimeException e) {
        initial = null;
      }
    }
    return new ClassModel.FieldModel(v.getNameAsString(), kind.get(), f.isFinal(), initial);
  }

  private MethodModel method(CallableDeclaration<?> md, String name, BlockStmt body) {
    String signature = signature(name, md.getParameters());
    currentSignature = signature;
    List<Ref.Local> params = new ArrayList<>();
    for (Parameter p : md.getParameters()) {
      params.add(new Ref.Local(p.getNameAsString(), pos(p).offset()));
    }
    Set<String> annotations = new LinkedHashSet<>();
    for (AnnotationExpr a : md.getAnnotations()) {
      annotations.add(a.getName().getIdentifier());
    }
    boolean sync = md instanceof MethodDeclaration m && m.isSynchronized();
    Stmt stmt = Stmt.EMPTY;
    try {
      if (body != null) {
        stmt = md instanceof ConstructorDeclaration cd ? constructorBody(cd, body) : s.stmt(body);
        if (sync) {
          Ref monitor = md.isStatic() ? new Ref.Field(current.name, "class", true) : thisRef();
          stmt = Stmt.synchronizedBlock(monitor, stmt, pos(md));
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      if (failure == null) {
        failure = new SourceModelBuilder.Failure(current.name, signature, e);
      }
      stmt = Stmt.EMPTY;
    }
    return new MethodModel(name, current.name, signature, pos(md), List.copyOf(params), stmt,
        Set.copyOf(annotations), false, sync);
  }

  /**
   * A constructor's body. javac's attribution inserts {@code super();} at the body's {@code {} when
   * the body does not start with {@code this(...)}/{@code super(...)}; the model shows it as the
   * call it is.
   */
  private Stmt constructorBody(ConstructorDeclaration cd, BlockStmt body) {
    boolean explicit = !body.getStatements().isEmpty()
        && body.getStatement(0).isExplicitConstructorInvocationStmt();
    Stmt.Block translated = (Stmt.Block) s.stmt(body);
    if (explicit) {
      return translated;
    }
    boolean hasSuper = current.node instanceof ClassOrInterfaceDeclaration c && !c.isInterface()
        || current.node instanceof com.github.javaparser.ast.body.RecordDeclaration;
    if (!hasSuper) {
      return translated;
    }
    List<Stmt> stmts = new ArrayList<>();
    // a call outside the class, so opaque (EventFactory.opaqueCallee), as javac's front end names it
    stmts.add(new Stmt.Do(new Event.Call(dev.gosafe.checker.model.EventFactory.opaqueCallee("<init>"),
        List.of(), false, pos(body))));
    stmts.addAll(translated.stmts());
    return new Stmt.Block(List.copyOf(stmts));
  }

  /** A lambda run as a task (or a select case body): a nested method sharing the outer locals. */
  MethodModel lambda(LambdaExpr l) {
    SourcePos p = pos(l);
    List<Ref.Local> params = new ArrayList<>();
    for (Parameter v : l.getParameters()) {
      params.add(new Ref.Local(v.getNameAsString(), pos(v).offset()));
    }
    Stmt body;
    if (l.getBody() instanceof BlockStmt blk) {
      body = s.stmt(blk);
    } else {
      List<Stmt> out = new ArrayList<>();
      Expression e = ((ExpressionStmt) l.getBody()).getExpression();
      x.eval(e, out, Ref.UNKNOWN);
      body = block(out);
    }
    return new MethodModel("lambda$" + p.line(), current.name,
        currentSignature + "/lambda@" + p.offset(), p, List.copyOf(params), body, Set.of(), true,
        false);
  }

  /** {@code name(T1,T2)} with erased parameter types, as javac's {@code JavacNames.signature}. */
  String signature(String name, NodeList<Parameter> params) {
    StringJoiner j = new StringJoiner(",", name + "(", ")");
    for (Parameter p : params) {
      j.add(erased(p.getType()) + (p.isVarArgs() ? "[]" : ""));
    }
    return j.toString();
  }

  /** The erased type name javac prints for a declared type. */
  String erased(Type t) {
    if (t.isPrimitiveType()) {
      return t.asString();
    }
    if (t instanceof ArrayType a) {
      return erased(a.getComponentType()) + "[]";
    }
    Optional<TypeInfo> info = types.ofType(t);
    if (info.isPresent()) {
      return info.get().name();
    }
    return t instanceof ClassOrInterfaceType c ? c.getNameWithScope() : t.asString();
  }

  /** The erased name of a resolved type, as javac prints it. */
  String erased(ResolvedType t) {
    if (t.isPrimitive()) {
      return t.describe();
    }
    if (t.isArray()) {
      return erased(t.asArrayType().getComponentType()) + "[]";
    }
    return types.of(t).map(TypeInfo::name).orElse(t.describe());
  }
}
