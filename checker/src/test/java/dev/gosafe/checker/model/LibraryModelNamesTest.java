package dev.gosafe.checker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link LibraryModel#mayHaveRole} lets the front ends skip calls by name, so a model must answer
 * true for every name its {@code call} gives a role to: checked here against every public method
 * of every type the built-in models know (JDK and gosafe runtime), with 0 to 4 arguments, static
 * and instance.
 */
class LibraryModelNamesTest {

  @Test
  void everyMethodWithARoleIsANameThatMayHaveOne() {
    int withRole = 0;
    Set<String> missing = new TreeSet<>();
    for (LibraryModel model : LibraryModels.get().models()) {
      Set<String> known = model.knownTypes().orElseThrow(
          () -> new AssertionError(model.getClass() + " does not list its types"));
      for (String q : known) {
        Class<?> c = load(q);
        TypeInfo info = typeInfo(c);
        for (Method m : c.getMethods()) {
          for (int argc = 0; argc <= 4; argc++) {
            for (boolean isStatic : new boolean[] {false, true}) {
              if (model.call(info, m.getName(), argc, isStatic).isPresent()) {
                withRole++;
                if (!model.mayHaveRole(m.getName())) {
                  missing.add(model.getClass().getSimpleName() + ": " + q + "." + m.getName());
                }
              }
            }
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
    assertTrue(withRole > 50, "the check saw calls with roles: " + withRole);
  }

  @Test
  void namesWithoutARoleAreSkipped() {
    LibraryModels all = LibraryModels.get();
    assertTrue(all.mayHaveRole("lock"));
    assertTrue(all.mayHaveRole("newFixedThreadPool"));
    assertTrue(!all.mayHaveRole("append"));
    assertTrue(!all.mayHaveRole("hashCode"));
  }

  private static Class<?> load(String qualified) {
    String binary = qualified;
    while (true) {
      try {
        return Class.forName(binary, false, LibraryModelNamesTest.class.getClassLoader());
      } catch (ClassNotFoundException ex) {
        int dot = binary.lastIndexOf('.');
        if (dot < 0) {
          throw new AssertionError("cannot load " + qualified, ex);
        }
        binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
      }
    }
  }

  private static TypeInfo typeInfo(Class<?> c) {
    Set<String> supers = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(c);
    while (!todo.isEmpty()) {
      Class<?> k = todo.poll();
      if (k == null) {
        continue;
      }
      if (k != null && k.getCanonicalName() != null && supers.add(k.getCanonicalName())) {
        if (k.getSuperclass() != null) {
          todo.add(k.getSuperclass());
        }
        todo.addAll(java.util.List.of(k.getInterfaces()));
      }
    }
    supers.add("java.lang.Object");
    return new TypeInfo(c.getCanonicalName(), Set.copyOf(supers), true);
  }
}
