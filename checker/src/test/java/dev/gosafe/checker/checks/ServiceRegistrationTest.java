package dev.gosafe.checker.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.gosafe.checker.model.LibraryModel;
import dev.gosafe.checker.model.LibraryModels;
import dev.gosafe.checker.model.library.GosafeRuntimeModel;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A missing {@code META-INF/services} entry makes a plugin silently do nothing: the built classes
 * (or jar) must list every check and every library model, and nothing else.
 */
class ServiceRegistrationTest {

  /** The rule IDs of SPEC.md. */
  private static final Set<String> SPEC_RULES = Set.of("LeakedTask", "UnbalancedWaitGroup",
      "WaitGroupAddInTask", "LockNotReleased", "UnlockWithoutLock", "DoubleLock",
      "LockOrderInversion", "BlockingUnderLock", "ChannelDeadlock", "ChannelCloseMisuse",
      "LostCancel");

  private static <T> T withRoot(Class<?> anyClass, IoFunction<Path, T> body) throws Exception {
    URI location = anyClass.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path path = Path.of(location);
    if (Files.isDirectory(path)) {
      return body.apply(path);
    }
    try (FileSystem jar = FileSystems.newFileSystem(path, Map.of())) {
      return body.apply(jar.getPath("/"));
    }
  }

  interface IoFunction<A, B> {
    B apply(A a) throws IOException, ClassNotFoundException;
  }

  private static Set<String> services(Path root, Class<?> service) throws IOException {
    Path file = root.resolve("META-INF/services/" + service.getName());
    assertTrue(Files.exists(file), "missing " + file);
    return Files.readAllLines(file).stream().map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Concrete subclasses of {@code type} among the classes of {@code pkg} in the built output. */
  private static Set<String> implementations(Path root, String pkg, Class<?> type)
      throws IOException, ClassNotFoundException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - 6));
        if (type.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface()) {
          out.add(c.getName());
        }
      }
    }
    return out;
  }

  @Test
  void everyCheckIsRegisteredAndEveryRegisteredClassIsACheck() throws Exception {
    withRoot(LockNotReleased.class, root -> {
      Set<String> listed = services(root, BugChecker.class);
      Set<String> present = implementations(root, "dev.gosafe.checker.checks", BugChecker.class);
      assertEquals(present, listed);
      Set<String> ids = listed.stream().map(n -> n.substring(n.lastIndexOf('.') + 1))
          .collect(Collectors.toSet());
      assertEquals(SPEC_RULES, ids, "one check class per rule ID of SPEC.md");
      return null;
    });
  }

  @Test
  void everyCheckDeclaresItsBugPatternWithItsOwnDocsLink() throws Exception {
    for (String id : SPEC_RULES) {
      Class<?> c = Class.forName("dev.gosafe.checker.checks." + id);
      BugPattern p = c.getAnnotation(BugPattern.class);
      assertTrue(p != null, id + " has no @BugPattern");
      assertEquals("", p.name(), id + ": the name must default to the class name");
      assertEquals(BugPattern.LinkType.CUSTOM, p.linkType());
      assertEquals("https://github.com/gosafe-dev/gosafe/blob/main/docs/rules/" + id + ".md", p.link());
      assertEquals(BugPattern.SeverityLevel.WARNING, p.severity());
      assertTrue(Set.of(p.tags()).contains(BugPattern.StandardTags.CONCURRENCY), id);
      assertTrue(!p.summary().endsWith("."), id + ": summary without a trailing period");
      assertEquals(id, ((BugChecker) c.getDeclaredConstructor().newInstance()).canonicalName());
    }
  }

  @Test
  void everyLibraryModelIsRegisteredAndLoaded() throws Exception {
    withRoot(GosafeRuntimeModel.class, root -> {
      Set<String> listed = services(root, LibraryModel.class);
      Set<String> present = implementations(root, "dev.gosafe.checker.model.library", LibraryModel.class);
      assertEquals(present, listed);
      assertTrue(listed.contains("dev.gosafe.checker.model.library.GosafeRuntimeModel"));
      assertTrue(listed.contains("dev.gosafe.checker.model.library.JucModel"));
      Set<String> loaded = LibraryModels.get().models().stream().map(m -> m.getClass().getName())
          .collect(Collectors.toCollection(TreeSet::new));
      assertTrue(loaded.containsAll(listed), loaded.toString());
      return null;
    });
  }
}
