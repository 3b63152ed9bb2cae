package dev.gosafe.checker.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks Java source files with gosafe's rules. Implementations: {@link JavacEngine} (javac +
 * Error Prone) and {@code dev.gosafe.checker.source.SourceEngine} (JavaParser).
 */
public interface Engine {

  /**
   * Checks {@code files} (each a {@code .java} file). A file that cannot be checked becomes an
   * {@link InputError}; it never hides the findings of the other files.
   */
  CheckResult check(List<Path> files);

  /** The engine's name, as shown in reports ({@code "javac"}, {@code "source"}). */
  String name();
}
