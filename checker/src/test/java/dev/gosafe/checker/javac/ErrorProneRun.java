package dev.gosafe.checker.javac;

import com.google.errorprone.ErrorProneJavaCompiler;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.util.Context;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** Test support: compiles one source {@code Test.java} with Error Prone and the given checks. */
final class ErrorProneRun {
  private ErrorProneRun() {}

  /**
   * The warnings, each as {@code LINE: message}; {@code beforeCall} may register listeners in the
   * javac Context.
   */
  @SafeVarargs
  static List<String> compile(String source, Consumer<Context> beforeCall,
      Class<? extends BugChecker>... checks) throws Exception {
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Test.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    Path out = Files.createTempDirectory("gosafe-ep-test");
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    var compiler = new ErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(checks));
    var task = compiler.getTask(null, null, diags, List.of("-XDcompilePolicy=simple",
        "--should-stop=ifError=FLOW", "-proc:none", "-d", out.toString(), "-classpath",
        System.getProperty("java.class.path")), null, List.of(file));
    beforeCall.accept(((BasicJavacTask) task).getContext());
    boolean ok = task.call();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        throw new AssertionError("does not compile: " + diags.getDiagnostics());
      }
      if (d.getKind() == Diagnostic.Kind.WARNING) {
        warnings.add(d.getLineNumber() + ": " + d.getMessage(null));
      }
    }
    if (!ok) {
      throw new AssertionError("compilation failed: " + diags.getDiagnostics());
    }
    return warnings;
  }
}
