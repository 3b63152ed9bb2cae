package dev.gosafe.checker.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ClassLoaderTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The symbol solver's type sources: the JDK by reflection, the gosafe runtime and the given class
 * path through a class loader of their own (so the checker's own dependencies do not leak in), and
 * the source roots of the checked files.
 */
public final class TypeSolvers {
  private TypeSolvers() {}

  /**
   * A solver over the JDK, the gosafe runtime, {@code classpath} and the {@code sourceRoots}, for one
   * run: it remembers its answers (see {@link MemoTypeSolver}), so make one per run and share it
   * across that run's files.
   */
  public static TypeSolver create(List<Path> classpath, List<Path> sourceRoots) {
    return create(classpath, sourceRoots, new MemoTypeSolver.StrongCache<>());
  }

  /**
   * As {@link #create(List, List)}, with the source roots' parsed files kept in {@code units}
   * (absolute normalized path to the unit, empty when it did not parse): the source engine shares
   * it, so a checked file that the solver parsed to resolve a name is not parsed again, and the
   * other way round.
   */
  static TypeSolver create(List<Path> classpath, List<Path> sourceRoots,
      com.github.javaparser.resolution.cache.Cache<Path,
          java.util.Optional<com.github.javaparser.ast.CompilationUnit>> units) {
    List<TypeSolver> solvers = new ArrayList<>();
    solvers.add(new ReflectionTypeSolver(true));
    List<URL> urls = new ArrayList<>();
    runtimeLocation().ifPresent(urls::add);
    for (Path p : classpath) {
      if (Files.exists(p)) {
        try {
          urls.add(p.toAbsolutePath().toUri().toURL());
        } catch (MalformedURLException ex) {
          // not a usable entry: skip it
        }
      }
    }
    if (!urls.isEmpty()) {
      ClassLoader loader = new URLClassLoader("gosafe-source-classpath", urls.toArray(URL[]::new),
          ClassLoader.getPlatformClassLoader());
      solvers.add(new ClassLoaderTypeSolver(loader));
    }
    // comments are not attributed to nodes: types and signatures do not depend on them, and the
    // files' own parser (SourceEngine.parser()) does not attribute them either
    ParserConfiguration config = new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
        .setAttributeComments(false);
    for (Path root : sourceRoots) {
      if (Files.isDirectory(root)) {
        // one instance per root for the whole run, with caches that keep what they parsed
        solvers.add(new CanonicalSourceTypeSolver(root, new JavaParserTypeSolver(root,
            new JavaParser(config), units, new MemoTypeSolver.StrongCache<>(),
            new MemoTypeSolver.StrongCache<>())));
      }
    }
    // a type source that fails (a broken jar, an unparsable sibling file) counts as "not found"
    return new MemoTypeSolver(new CombinedTypeSolver(ex -> true, solvers));
  }

  private static java.util.Optional<URL> runtimeLocation() {
    try {
      Class<?> c = Class.forName("dev.gosafe.Chan", false, TypeSolvers.class.getClassLoader());
      var source = c.getProtectionDomain().getCodeSource();
      return source == null ? java.util.Optional.empty()
          : java.util.Optional.ofNullable(source.getLocation());
    } catch (ClassNotFoundException | LinkageError | SecurityException ex) {
      return java.util.Optional.empty();
    }
  }
}
