package dev.gosafe.checker.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.resolution.TypeSolver;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.LibraryModel;
import dev.gosafe.checker.model.LibraryModels;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JavaParser front end: turns a parsed {@link CompilationUnit} into the same {@link FileModel}
 * as the javac front end ({@code dev.gosafe.checker.javac.JavacModelBuilder}): same statement
 * shapes, refs, counts, names and positions. Types come from JavaParser's symbol solver, else the
 * file's imports and declarations (never from variable names); what a call means comes from the
 * {@link LibraryModels} through the shared {@code EventFactory}.
 *
 * <p>A failure while translating one method leaves that method's body empty (as javac's does);
 * {@link #failure()} reports the first one.
 */
public final class SourceModelBuilder {
  private final LibraryModel library;
  private final TypeSolver solver;
  private Failure failure;

  /** The first method whose translation failed: its class, signature and the error. */
  public record Failure(String owner, String signature, Throwable error) {}

  /** A builder that resolves types with {@code solver} and asks the ServiceLoader-found library models. */
  public SourceModelBuilder(TypeSolver solver) {
    this(solver, LibraryModels.get());
  }

  SourceModelBuilder(TypeSolver solver, LibraryModel library) {
    this.solver = solver;
    this.library = library;
  }

  /** The first method whose translation failed in the last {@link #build}, or null. */
  public Failure failure() {
    return failure;
  }

  /**
   * The model of {@code cu}, whose source text is {@code text} (positions are computed against it).
   * For the symbol solver to help, the unit must carry a symbol resolver over the same type solver
   * ({@code cu.setData(Node.SYMBOL_RESOLVER_KEY, new JavaSymbolSolver(solver))}); without one, types
   * come from the imports and declarations only.
   */
  public FileModel build(CompilationUnit cu, String path, String text) {
    Map<Node, ClassInfo> classes = new IdentityHashMap<>();
    name(cu, classes);
    Builder b = new Builder(new LineIndex(text), new TypeResolver(solver, cu), library, classes);
    for (TypeDeclaration<?> t : cu.getTypes()) {
      b.enqueue(classes.get(t));
    }
    List<ClassModel> out = b.build();
    failure = b.failure();
    return new FileModel(path, out);
  }

  /** Names every class-like node as javac does: qualified, or binary for local and anonymous ones. */
  private static void name(CompilationUnit cu, Map<Node, ClassInfo> classes) {
    Map<String, Integer> localIndexes = new HashMap<>();
    String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
    Map<Node, String> qualified = new IdentityHashMap<>();
    cu.walk(Node.TreeTraversal.PREORDER, n -> {
      NodeList<BodyDeclaration<?>> members;
      String simple;
      boolean local;
      if (n instanceof TypeDeclaration<?> t) {
        members = t.getMembers();
        simple = t.getNameAsString();
        local = n.getParentNode().orElse(null) instanceof LocalClassDeclarationStmt
            || n.getParentNode().orElse(null) instanceof LocalRecordDeclarationStmt;
      } else if (n instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isPresent()) {
        members = oc.getAnonymousClassBody().get();
        simple = "";
        local = true;
      } else if (n instanceof EnumConstantDeclaration ec && !ec.getClassBody().isEmpty()) {
        members = ec.getClassBody();
        simple = "";
        local = true;
      } else {
        return;
      }
      ClassInfo outer = enclosing(n, classes);
      String flat;
      String q;
      if (outer == null) {
        flat = pkg + simple;
        q = flat;
      } else if (!local) {
        flat = outer.flatName + "$" + simple;
        String oq = qualified.get(outer.node);
        q = oq.isEmpty() ? simple : oq + "." + simple;
      } else {
        String key = outer.flatName + "\u0000" + simple;
        int i = localIndexes.merge(key, 1, Integer::sum);
        flat = outer.flatName + "$" + i + simple;
        q = simple;
      }
      qualified.put(n, q);
      boolean anonymous = simple.isEmpty();
      String model = !q.isEmpty() && !anonymous && !local ? q : flat;
      classes.put(n, new ClassInfo(model, flat, n, members, outer));
    });
  }

  private static ClassInfo enclosing(Node n, Map<Node, ClassInfo> classes) {
    for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
      ClassInfo c = classes.get(p);
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
