package dev.gosafe.checker.source;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source root's type solver that asks its delegate (a {@code JavaParserTypeSolver}) only for
 * names whose canonical file exists: {@code a.b.C} or {@code a.b.C.Nested} in {@code a/b/C.java}.
 *
 * <p>On a name it cannot find where Java's naming convention puts it, {@code JavaParserTypeSolver}
 * parses every file of the package's folder, looking for a type declared in a file of another name.
 * Resolving a simple name tries several packages ({@code p.String} before {@code java.lang.String}),
 * so in practice it parsed every package folder that held a checked file: most of the source
 * engine's time on large trees, and it undid the {@link Prefilter}. A top-level type declared in a
 * file of another name (legal for package-private classes, rare) is therefore not found from other
 * files; what cannot be resolved only makes the engine quieter.
 */
final class CanonicalSourceTypeSolver implements TypeSolver {
  private final Path root;
  private final TypeSolver delegate;
  private TypeSolver parent;

  CanonicalSourceTypeSolver(Path root, TypeSolver delegate) {
    this.root = root;
    this.delegate = delegate;
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
    if (!hasCanonicalFile(name)) {
      return SymbolReference.unsolved();
    }
    return delegate.tryToSolveType(name);
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(
      String qualifiedModuleName, String simpleTypeName) {
    return delegate.tryToSolveTypeInModule(qualifiedModuleName, simpleTypeName);
  }

  private boolean hasCanonicalFile(String name) {
    String[] parts = name.split("\\.");
    Path dir = root;
    for (String part : parts) {
      if (part.isEmpty()) {
        return false;
      }
      if (Files.isRegularFile(dir.resolve(part + ".java"))) {
        return true;
      }
      dir = dir.resolve(part);
    }
    return false;
  }

  @Override
  public TypeSolver getParent() {
    return parent;
  }

  @Override
  public void setParent(TypeSolver parent) {
    this.parent = parent;
    delegate.setParent(parent);
  }
}
