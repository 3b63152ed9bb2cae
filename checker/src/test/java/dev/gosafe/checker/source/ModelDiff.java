package dev.gosafe.checker.source;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Test support: the first difference between two model values, as a path, or null if equal. */
final class ModelDiff {
  private ModelDiff() {}

  static String first(Object a, Object b, String path) {
    if (Objects.equals(a, b)) {
      return null;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      int n = Math.min(la.size(), lb.size());
      for (int i = 0; i < n; i++) {
        String d = first(la.get(i), lb.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return path + ": javac has " + la.size() + " elements, source " + lb.size()
          + (la.size() > n ? "; extra javac " + brief(la.get(n)) : "; extra source " + brief(lb.get(n)));
    }
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return path + ": javac " + brief(a) + " vs source " + brief(b);
    }
    if (a instanceof Set<?>) {
      return path + ": javac " + a + " vs source " + b;
    }
    if (a.getClass().isRecord()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        try {
          Object va = c.getAccessor().invoke(a);
          Object vb = c.getAccessor().invoke(b);
          String d = first(va, vb, path + "." + c.getName());
          if (d != null) {
            return d;
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    return path + ": javac " + brief(a) + " vs source " + brief(b);
  }

  private static String brief(Object o) {
    String s = String.valueOf(o);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
