package dev.gosafe.checker.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.api.JavacTaskImpl;
import com.sun.tools.javac.api.JavacTool;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import dev.gosafe.checker.javac.JavacModelBuilder;
import dev.gosafe.checker.model.FileModel;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/** Test support: the javac front end's model of a file (javac alone, no Error Prone). */
final class JavacFrontEnd {
  private JavacFrontEnd() {}

  private static final JavacTool TOOL = JavacTool.create();
  /** One file manager for all files: it indexes the class path once. */
  private static final StandardJavaFileManager FILES = TOOL.getStandardFileManager(null, null,
      java.nio.charset.StandardCharsets.UTF_8);

  /** The model, or null when the file does not compile. */
  static synchronized FileModel build(Path file) throws java.io.IOException {
    JavacTool tool = TOOL;
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    StandardJavaFileManager fm = FILES;
    {
      Path out = java.nio.file.Files.createTempDirectory("gosafe-diff");
      JavacTaskImpl task = (JavacTaskImpl) tool.getTask(null, fm, diags,
          List.of("-proc:none", "-d", out.toString(), "-classpath",
              System.getProperty("java.class.path")),
          null, fm.getJavaFileObjects(file));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      if (diags.getDiagnostics().stream()
          .anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)) {
        return null;
      }
      JCCompilationUnit unit = (JCCompilationUnit) units.iterator().next();
      return JavacModelBuilder.create(unit, Types.instance(task.getContext())).build();
    }
  }
}
