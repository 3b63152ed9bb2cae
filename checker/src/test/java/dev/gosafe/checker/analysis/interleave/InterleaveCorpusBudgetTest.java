package dev.gosafe.checker.analysis.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.api.JavacTaskImpl;
import com.sun.tools.javac.api.JavacTool;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.javac.JavacModelBuilder;
import dev.gosafe.checker.model.FileModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.Test;

/**
 * Runs the cross-task analyses over every sample of the whole corpus (models built by the javac
 * front end), twice: the second, warm pass measures the per-method cost. Prints one line with the
 * budget, the largest state count and the slowest method, and checks that no corpus method runs
 * out of budget and that the flow of every cross-task finding is filled.
 */
class InterleaveCorpusBudgetTest {

  private static Path corpus() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("test-corpus"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new AssertionError("test-corpus/ not found above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("test-corpus");
  }

  private static List<FileModel> models() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus())) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    // one javac task for the whole corpus (fast); units with errors are left to the corpus test
    List<FileModel> out = new ArrayList<>();
    JavacTool tool = JavacTool.create();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = tool.getStandardFileManager(diags, Locale.ROOT, null)) {
      JavacTaskImpl task = (JavacTaskImpl) tool.getTask(null, fm, diags,
          List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null,
          fm.getJavaFileObjectsFromPaths(files));
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      java.util.Set<String> broken = new java.util.HashSet<>();
      for (var d : diags.getDiagnostics()) {
        if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR && d.getSource() != null) {
          broken.add(d.getSource().toUri().toString());
        }
      }
      Types types = Types.instance(task.getContext());
      for (CompilationUnitTree u : units) {
        if (!broken.contains(u.getSourceFile().toUri().toString())) {
          out.add(JavacModelBuilder.create((JCCompilationUnit) u, types).build());
        }
      }
    }
    return out;
  }

  @Test
  void wholeCorpusStaysWithinTheBudget() throws IOException {
    List<FileModel> models = models();
    assertFalse(models.isEmpty());
    for (int warm = 0; warm < 3; warm++) {
      for (FileModel m : models) {
        InterleavingAnalysis.analyze(m);
      }
    }
    InterleaveStats.reset();
    List<Finding> findings = new ArrayList<>();
    for (FileModel m : models) {
      findings.addAll(InterleavingAnalysis.analyze(m));
    }
    System.out.println("[interleave] " + models.size() + " corpus files, " + findings.size()
        + " cross-task findings; " + InterleaveStats.summary());
    assertEquals(0, InterleaveStats.budgetExceeded(), InterleaveStats.summary());
    assertTrue(InterleaveStats.maxStatesPerMethod() < InterleaveStats.MAX_STATES);
    assertTrue(InterleaveStats.explored() > 50, InterleaveStats.summary());
    for (Finding f : findings) {
      assertFalse(f.flow().isEmpty(), "no flow for " + f);
      assertTrue(f.pos().isKnown(), "no position for " + f);
    }
  }
}
