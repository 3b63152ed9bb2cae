package dev.gosafe.checker.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.model.LibraryModels;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PrefilterTest {
  private static final Set<String> KNOWN = LibraryModels.get().knownTypes().orElseThrow();

  private static boolean[] relevant(String... texts) {
    List<Prefilter.Scan> scans = new ArrayList<>();
    for (String t : texts) {
      scans.add(Prefilter.scan(t));
    }
    return Prefilter.relevant(scans, KNOWN);
  }

  @Test
  void namesInCommentsAndStringsDoNotCount() {
    assertArrayEquals(new boolean[] {false}, relevant("""
        /** Uses a ReentrantLock, see Thread. */
        class A { String s = "Mutex Chan synchronized"; char c = '"'; }
        """));
  }

  @Test
  void knownTypesSynchronizedAndJdkSubtypesCount() {
    assertArrayEquals(new boolean[] {true, true, true, false}, relevant(
        "class A { dev.gosafe.Chan<String> c; }",
        "class B { synchronized void f() {} }",
        "class C { java.util.concurrent.ScheduledThreadPoolExecutor e; }",
        "class D { java.util.List<String> l; }"));
  }

  @Test
  void subtypesAndMembersDeclaredInOtherFilesCount() {
    assertArrayEquals(new boolean[] {true, true, true, false, true, false}, relevant(
        "class MyLock extends java.util.concurrent.locks.ReentrantLock {}",
        "class UsesMyLock { MyLock l; }",
        "class Holder { protected Thread worker; java.util.List<java.util.concurrent.Future<?>> pending() { return null; } }",
        "class ReadsNothing { void f() { int worker2 = 1; } }",
        "class UsesField extends Holder { void f() { worker.interrupt(); } }",
        // a method whose result holds futures matters only with `var` or a lambda
        "class UsesMethodPlainly extends Holder { void f() { pending().clear(); } }"));
    assertArrayEquals(new boolean[] {true, true}, relevant(
        "class Holder { java.util.List<java.util.concurrent.Future<?>> pending() { return null; } }",
        "class UsesMethodInLambda extends Holder { void f() { pending().forEach(f -> f.cancel(true)); } }"));
  }

  @Test
  void checkedSubtypesAndMembersCountOnlyWhereTheirClassIsVisible() {
    String segment = "package a;\npublic class Segment extends java.util.concurrent.locks.ReentrantLock {}";
    String holder = "package a;\npublic class Holder { protected final java.util.concurrent.locks.Lock guard = null; }";
    assertArrayEquals(new boolean[] {true, true, true, false, true, true, false, true}, relevant(
        segment,
        holder,
        "package a;\nclass SamePackage { Segment s1; }",
        "package b;\nclass OtherSegment { Segment s2; }", // some other Segment: b.Segment
        "package b;\nimport a.Segment;\nclass Imports { Segment s3; }",
        "package b;\nimport a.Holder;\nclass Sub extends Holder { void f() { guard.lock(); } }",
        "package b;\nclass Unrelated { Object guard; void f() { guard.hashCode(); } }",
        "package b;\nclass Qualified { a.Segment q; }"));
  }

  @Test
  void headersGiveSupertypesWithoutTypeArguments() {
    Prefilter.Scan s = Prefilter.scan("""
        package a.b;
        import java.util.List;
        import java.util.concurrent.*;
        public class Outer<T extends Comparable<T>> extends Base<List<T>> implements Runnable, java.io.Closeable {
          static final class Inner implements Callable<String> permits X {}
          void f() { class Local extends Thread {} new Object() { class InAnon {} }; }
          record R(int x) implements Comparable<R> {}
        }
        """);
    assertEquals("a.b", s.pkg);
    assertEquals(List.of("java.util.List"), s.imports);
    assertEquals(List.of("java.util.concurrent"), s.onDemand);
    assertEquals(List.of(new Prefilter.TypeDecl("Outer", List.of("Base", "Runnable", "java.io.Closeable")),
        new Prefilter.TypeDecl("Outer.Inner", List.of("Callable")),
        new Prefilter.TypeDecl("Outer.R", List.of("Comparable"))), s.types);
    assertNull(s.problem);
  }

  @Test
  void lexicalProblemsAreFoundWithTheirLine() {
    assertEquals(3, Prefilter.scan("class A {\n  void f() {\n  }}}\n").problemLine);
    assertTrue(Prefilter.scan("class A {\n  String s = \"open;\n}\n").problem.contains("string"));
    assertTrue(Prefilter.scan("class A {\n /* no end\n}\n").problem.contains("comment"));
    assertNull(Prefilter.scan("class A { String t = \"\"\"\n  a \"quoted\" }\n  \"\"\"; char c = '}'; }").problem);
  }

  /** Every public subtype of a known JDK type in the packages the list covers is in the list. */
  @Test
  void jdkSubtypeListIsComplete() throws IOException {
    List<Class<?>> known = new ArrayList<>();
    for (String q : KNOWN) {
      if (q.startsWith("java.")) {
        try {
          known.add(Class.forName(binaryName(q), false, ClassLoader.getPlatformClassLoader()));
        } catch (ClassNotFoundException ex) {
          throw new AssertionError("a known type that the JDK does not have: " + q, ex);
        }
      }
    }
    Set<String> missing = new TreeSet<>();
    FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    for (String pkg : List.of("java/lang", "java/util/concurrent", "java/util/concurrent/locks")) {
      try (Stream<Path> files = Files.list(jrt.getPath("modules", "java.base", pkg))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String simple = p.getFileName().toString().replace(".class", "");
          if (simple.contains("$")) {
            continue; // nested: named through their top-level class
          }
          Class<?> c;
          try {
            c = Class.forName(pkg.replace('/', '.') + "." + simple, false,
                ClassLoader.getPlatformClassLoader());
          } catch (ClassNotFoundException | LinkageError ex) {
            continue;
          }
          if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
            continue;
          }
          for (Class<?> k : known) {
            if (k.isAssignableFrom(c) && !Prefilter.JDK_SUBTYPES.contains(simple)) {
              missing.add(simple);
            }
          }
        }
      }
    }
    assertEquals(Set.of(), missing, "add these to Prefilter.JDK_SUBTYPES");
  }

  private static String binaryName(String q) {
    // java.util.concurrent.locks.ReentrantReadWriteLock.ReadLock -> ...ReentrantReadWriteLock$ReadLock
    String[] parts = q.split("\\.");
    StringBuilder sb = new StringBuilder();
    boolean inClass = false;
    for (String part : parts) {
      if (sb.length() > 0) {
        sb.append(inClass ? '$' : '.');
      }
      sb.append(part);
      inClass |= Character.isUpperCase(part.charAt(0));
    }
    return sb.toString();
  }

}
