package dev.gosafe.checker.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedTypeParameterDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.gosafe.checker.model.TypeInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Static types as {@link TypeInfo}s: first through JavaParser's symbol solver, then, when it cannot
 * resolve a type, through the file's imports and declared types (an explicit
 * {@code import dev.gosafe.Mutex;} and a {@code Mutex mu} declaration name {@code dev.gosafe.Mutex}).
 * Never guesses from variable names; what cannot be named is empty (the caller stays silent).
 */
final class TypeResolver {
  private final TypeSolver solver;
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemand;
  private final Map<String, String> declared = new HashMap<>();
  private final Map<String, List<String>> staticSingle = new HashMap<>();
  private final List<String> staticOnDemand = new java.util.ArrayList<>();
  private final Map<String, Optional<TypeInfo>> byName = new HashMap<>();
  /** Supertype closures by qualified name: the run's (shared by all files) when the solver keeps one. */
  private final Map<String, TypeInfo> infos;
  /** The run's checked classes, resolved without parsing their files; null when not scanned. */
  private final SourceIndex index;

  TypeResolver(TypeSolver solver, CompilationUnit cu) {
    this.solver = solver;
    this.infos = solver instanceof MemoTypeSolver m ? m.typeInfos() : new HashMap<>();
    this.index = solver instanceof MemoTypeSolver m ? m.index() : null;
    this.packageName = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    List<String> pkgs = new java.util.ArrayList<>();
    for (ImportDeclaration imp : cu.getImports()) {
      if (imp.isStatic()) {
        String name = imp.getNameAsString();
        if (imp.isAsterisk()) {
          staticOnDemand.add(name);
        } else if (name.contains(".")) {
          staticSingle.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1),
              k -> new java.util.ArrayList<>()).add(name.substring(0, name.lastIndexOf('.')));
        }
        continue;
      }
      String name = imp.getNameAsString();
      if (imp.isAsterisk()) {
        pkgs.add(name);
      } else {
        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    this.onDemand = List.copyOf(pkgs);
    for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
      t.getFullyQualifiedName().ifPresent(q -> declared.putIfAbsent(t.getNameAsString(), q));
    }
  }

  /**
   * Whether {@code name}, used in {@code classes} (the current class and its enclosing ones, model
   * names) without a declaration in scope, may be a field of a type the analyses track: see {@link
   * SourceIndex#mayBeTypedField}. True when the run has no index.
   */
  /** For {@code x.name} with the type of {@code x} unknown: see {@link SourceIndex#anyTypedField}. */
  boolean mayBeTypedFieldOfAnyClass(String name) {
    return index == null || index.anyTypedField(name);
  }

  boolean mayBeTypedField(String name, List<String> classes) {
    return index == null
        || index.mayBeTypedField(name, classes, staticImportOwners(name), this::solveElsewhere);
  }

  /**
   * The classes a static import may bring {@code member} from: single-member imports of that name
   * first, then every on-demand ({@code .*}) static import.
   */
  List<String> staticImportOwners(String member) {
    List<String> out = new java.util.ArrayList<>(staticSingle.getOrDefault(member, List.of()));
    out.addAll(staticOnDemand);
    return out;
  }

  /** The type of an expression, when the solver can compute it. */
  Optional<TypeInfo> ofExpression(Expression e) {
    try {
      return of(e.calculateResolvedType());
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  /** The type of a parameter without declared type (a lambda's), when the solver infers it. */
  Optional<TypeInfo> ofParameter(com.github.javaparser.ast.body.Parameter p) {
    try {
      return of(p.resolve().getType());
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  /** A declared type ({@code Mutex} in {@code Mutex mu}); through the solver, else the imports. */
  Optional<TypeInfo> ofType(Type type) {
    if (type.isVarType() || type.isPrimitiveType() || type.isVoidType() || type.isUnknownType()) {
      return Optional.empty();
    }
    if (type instanceof ClassOrInterfaceType c && !maybeTypeVariable(c)) {
      // by name first (imports, this file, the package, the run's index): JavaParser's own
      // resolution of a type parses the file that declares it
      Optional<TypeInfo> byName = named(c.getNameWithScope());
      if (byName.isPresent() && byName.get().resolved()) {
        return byName;
      }
    }
    try {
      Optional<TypeInfo> t = of(type.resolve());
      if (t.isPresent()) {
        return t;
      }
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      // fall back to the imports
    }
    if (type instanceof ClassOrInterfaceType c) {
      return named(c.getNameWithScope());
    }
    return Optional.empty();
  }

  /** Whether {@code c} may name a type parameter of an enclosing method, constructor or class. */
  private static boolean maybeTypeVariable(ClassOrInterfaceType c) {
    if (c.getScope().isPresent()) {
      return false;
    }
    String name = c.getNameAsString();
    for (com.github.javaparser.ast.Node n = c; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters<?> w) {
        for (com.github.javaparser.ast.type.TypeParameter p : w.getTypeParameters()) {
          if (p.getNameAsString().equals(name)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A type written as a (simple or qualified) name in this file, e.g. the {@code Go} of {@code Go.go(...)}. */
  Optional<TypeInfo> named(String name) {
    return byName.computeIfAbsent(name, this::lookup);
  }

  private Optional<TypeInfo> lookup(String name) {
    String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    String rest = name.contains(".") ? name.substring(name.indexOf('.')) : "";
    String imported = singleImports.get(first);
    if (imported == null) {
      imported = declared.get(first);
    }
    if (imported != null) {
      String q = imported + rest;
      return Optional.of(solve(q).orElse(TypeInfo.unresolved(q)));
    }
    if (!rest.isEmpty()) {
      Optional<TypeInfo> full = solve(name);
      if (full.isPresent()) {
        return full;
      }
    }
    List<String> candidates = new java.util.ArrayList<>();
    candidates.add(packageName.isEmpty() ? name : packageName + "." + name);
    candidates.add("java.lang." + name);
    for (String pkg : onDemand) {
      candidates.add(pkg + "." + name);
    }
    for (String q : candidates) {
      Optional<TypeInfo> t = solve(q);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private Optional<TypeInfo> solve(String qualified) {
    if (index != null && index.declares(qualified)) {
      return index.info(qualified, this::solveElsewhere);
    }
    if (index != null && index.knowsEnclosing(qualified)) {
      return Optional.empty();
    }
    return solveElsewhere(qualified);
  }

  private Optional<TypeInfo> solveElsewhere(String qualified) {
    try {
      SymbolReference<ResolvedReferenceTypeDeclaration> ref = solver.tryToSolveType(qualified);
      if (ref.isSolved()) {
        return Optional.of(of(ref.getCorrespondingDeclaration()));
      }
    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
      // unresolvable
    }
    return Optional.empty();
  }

  /** A resolved type as a TypeInfo: erased name and all supertypes; type variables by their bound. */
  Optional<TypeInfo> of(ResolvedType type) {
    if (type == null) {
      return Optional.empty();
    }
    if (type.isReferenceType()) {
      ResolvedReferenceType r = type.asReferenceType();
      Optional<ResolvedReferenceTypeDeclaration> decl = r.getTypeDeclaration();
      if (decl.isPresent()) {
        return Optional.of(of(decl.get()));
      }
      return Optional.of(TypeInfo.unresolved(r.getQualifiedName()));
    }
    if (type.isTypeVariable()) {
      ResolvedTypeParameterDeclaration p = type.asTypeParameter();
      for (ResolvedTypeParameterDeclaration.Bound b : p.getBounds()) {
        if (b.isExtends()) {
          return of(b.getType());
        }
      }
      return Optional.of(new TypeInfo("java.lang.Object", Set.of("java.lang.Object"), true));
    }
    return Optional.empty();
  }

  TypeInfo of(ResolvedReferenceTypeDeclaration decl) {
    String name = decl.getQualifiedName();
    TypeInfo known = infos.get(name);
    if (known != null) {
      return known;
    }
    TypeInfo info = closure(name, decl);
    infos.put(name, info);
    return info;
  }

  private static TypeInfo closure(String name, ResolvedReferenceTypeDeclaration decl) {
    Set<String> supers = new LinkedHashSet<>();
    supers.add(name);
    Deque<ResolvedReferenceTypeDeclaration> todo = new ArrayDeque<>();
    todo.add(decl);
    int guard = 0;
    while (!todo.isEmpty() && guard++ < 500) {
      ResolvedReferenceTypeDeclaration d = todo.poll();
      List<ResolvedReferenceType> ancestors;
      try {
        ancestors = d.getAncestors(true);
      } catch (RuntimeException | LinkageError | StackOverflowError ex) {
        continue;
      }
      for (ResolvedReferenceType a : ancestors) {
        String q = a.getQualifiedName();
        if (supers.add(q)) {
          a.getTypeDeclaration().ifPresent(todo::add);
        }
      }
    }
    supers.add("java.lang.Object");
    // an incomplete ancestor list still names the type itself: resolved, with what was found
    return new TypeInfo(name, Set.copyOf(supers), true);
  }
}
