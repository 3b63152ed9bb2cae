package dev.gosafe.checker.source;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import dev.gosafe.checker.model.FileModel;
import java.nio.file.Path;
import java.util.List;

/** Test helper: the source front end's model of a source text. */
final class SourceModels {
  private SourceModels() {}

  private static final TypeSolver SOLVER = TypeSolvers.create(List.of(), List.of());

  static FileModel build(String text) {
    return build(text, SOLVER, "Test.java");
  }

  static FileModel build(String text, TypeSolver solver, String path) {
    ParseResult<CompilationUnit> r = SourceEngine.parser().parse(text);
    if (!r.isSuccessful()) {
      throw new AssertionError("does not parse: " + r.getProblems());
    }
    CompilationUnit cu = r.getResult().orElseThrow();
    cu.setData(Node.SYMBOL_RESOLVER_KEY, new JavaSymbolSolver(solver));
    return new SourceModelBuilder(solver).build(cu, path, text);
  }

  static FileModel build(Path file, TypeSolver solver) throws java.io.IOException {
    String text = SourceEngine.decode(java.nio.file.Files.readAllBytes(file));
    return build(text, solver, file.toString());
  }
}
