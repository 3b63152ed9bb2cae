package dev.gosafe.checker.cli;

import java.util.List;
import java.util.Map;

/** A minimal JSON writer for maps (insertion-ordered), lists, strings, numbers and booleans. */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.append('\n').toString();
  }

  private static void write(Object v, StringBuilder out, int indent) {
    switch (v) {
      case null -> out.append("null");
      case String s -> string(s, out);
      case Boolean b -> out.append(b);
      case Integer i -> out.append(i);
      case Long l -> out.append(l);
      case Map<?, ?> m -> {
        if (m.isEmpty()) {
          out.append("{}");
          return;
        }
        out.append("{\n");
        int n = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          pad(out, indent + 1);
          string(String.valueOf(e.getKey()), out);
          out.append(": ");
          write(e.getValue(), out, indent + 1);
          out.append(++n < m.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append('}');
      }
      case List<?> l -> {
        if (l.isEmpty()) {
          out.append("[]");
          return;
        }
        out.append("[\n");
        for (int i = 0; i < l.size(); i++) {
          pad(out, indent + 1);
          write(l.get(i), out, indent + 1);
          out.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append(']');
      }
      default -> throw new IllegalArgumentException("not JSON: " + v.getClass());
    }
  }

  private static void pad(StringBuilder out, int indent) {
    out.append("  ".repeat(indent));
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
