package dev.gosafe.checker.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, from a token scan alone, which source files can contain anything the analyses look at,
 * so that the source engine parses and models only those. Parsing is most of the source engine's
 * cost, and in ordinary code most files never touch a lock, a channel, a task or an executor.
 *
 * <p>Every event in the model comes from a {@code synchronized} block or method, or from a call or
 * constructor whose receiver's or owner's static type is one the library models know (or a
 * subtype). Such a type reaches a file's code only (a) by being named in it, (b) as a subtype of a
 * known type (declared in a checked file, or one of the JDK's, {@link #JDK_SUBTYPES}), named in it,
 * or (c) through a member declared elsewhere with such a type: a field or a method's result,
 * inherited or called on another object. So a file is <em>relevant</em> when its identifiers
 * (comments and literals excluded) include {@code synchronized}, the simple name of a known type or
 * of a subtype (closed over the {@code extends}/{@code implements} clauses of all checked files),
 * or the name of a member that some relevant checked file declares with such a type. Everything
 * else is skipped: it cannot produce a finding. What this does not see: subtypes and members that
 * come only from the class path (a library's {@code ListeningExecutorService} field inherited from
 * a class-path class); the engine's {@code prefilter} switch turns the filter off.
 *
 * <p>The scan is a small hand-written lexer (comments, string, text-block and char literals
 * skipped), about 20 times faster than parsing.
 */
final class Prefilter {
  /**
   * Public JDK types (java.base: java.lang, java.util.concurrent[.locks]) that are subtypes of the
   * types the built-in models know; PrefilterTest checks the list against the JDK by reflection.
   */
  static final Set<String> JDK_SUBTYPES = Set.of("AbstractExecutorService",
      "AbstractOwnableSynchronizer", "ArrayBlockingQueue", "BlockingDeque", "BlockingQueue",
      "CompletableFuture", "CountedCompleter", "CountDownLatch", "DelayQueue", "ExecutorService",
      "Executor", "Executors", "ForkJoinPool", "ForkJoinTask", "ForkJoinWorkerThread", "Future",
      "FutureTask", "Lock", "LinkedBlockingDeque", "LinkedBlockingQueue", "LinkedTransferQueue",
      "Phaser", "PriorityBlockingQueue", "ReadWriteLock", "RecursiveAction", "RecursiveTask",
      "ReentrantLock", "ReentrantReadWriteLock", "RunnableFuture", "RunnableScheduledFuture",
      "ScheduledExecutorService", "ScheduledFuture", "ScheduledThreadPoolExecutor", "StampedLock",
      "SynchronousQueue", "Thread", "ThreadPoolExecutor", "TransferQueue");

  /** A member declared directly in a class body: its type's names, its own name, method or field. */
  record Member(String outerType, List<String> typeNames, String name, boolean method,
      String declaringClass) {}

  /** What one file's scan found. */
  static final class Scan {
    final Set<String> identifiers = new HashSet<>();
    /** Members declared directly in class bodies. */
    final List<Member> members = new ArrayList<>();
    /** Whether the file has a lambda ({@code ->}): a lambda parameter's type can be inferred. */
    boolean lambda;
    /** The package, "" for the unnamed one. */
    String pkg = "";
    /** Single-type imports (qualified names) and on-demand import packages or types. */
    final List<String> imports = new ArrayList<>();
    final List<String> onDemand = new ArrayList<>();
    /** The classes named by static imports ({@code import static a.B.m;} and {@code a.B.*}). */
    final List<String> staticOwners = new ArrayList<>();
    /** Classes declared at top level or as members (not local or anonymous ones). */
    final List<TypeDecl> types = new ArrayList<>();
    /** The first lexical problem (unbalanced bracket, unterminated comment or literal), or null. */
    String problem;
    /** The 1-based line of {@link #problem}. */
    int problemLine;
  }

  /**
   * A declared class: its name nested in its enclosing classes ({@code Outer.Inner}) and the types
   * named in its {@code extends} and {@code implements} clauses, as written (type arguments dropped).
   */
  record TypeDecl(String nestedName, List<String> supers) {}

  private Prefilter() {}

  /**
   * Which of the scanned files are relevant.
   *
   * @param knownTypes qualified names of the types the library models know
   */
  static boolean[] relevant(List<Scan> scans, Set<String> knownTypes) {
    return relevant(scans, knownTypes, new HashSet<>());
  }

  /**
   * As {@link #relevant(List, Set)}, also adding to {@code typeNames} the simple names that count as
   * known types: the known types', the JDK subtypes', and those of the checked files' subtypes.
   */
  static boolean[] relevant(List<Scan> scans, Set<String> knownTypes, Set<String> typeNames) {
    Set<String> global = new HashSet<>(JDK_SUBTYPES);
    for (String q : knownTypes) {
      global.add(topLevelSimpleName(q));
    }
    // subtypes declared in the checked files, to a fixed point; a checked subtype's simple name
    // counts only in files that can see it (same package, an import, or its qualified name)
    Map<String, List<Origin>> declared = new HashMap<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Scan s : scans) {
        for (TypeDecl d : s.types) {
          String simple = d.nestedName().substring(d.nestedName().lastIndexOf('.') + 1);
          String top = d.nestedName().split("\\.")[0];
          Origin origin = new Origin(s.pkg, top);
          List<Origin> known = declared.get(simple);
          if (global.contains(simple) || known != null && known.contains(origin)) {
            continue;
          }
          for (String sup : simpleNames(d.supers())) {
            if (counts(s, sup, global, declared)) {
              declared.computeIfAbsent(simple, k -> new ArrayList<>()).add(origin);
              grew = true;
              break;
            }
          }
        }
      }
    }
    Set<String> types = new HashSet<>(global);
    types.addAll(declared.keySet());
    boolean[] relevant = new boolean[scans.size()];
    // members declared with a known type: fields (always reachable as tracked values), methods
    // whose result is of a known type (reaches a tracked variable only through `var`), methods
    // whose result holds known types (List<Lock>: through `var`, or a lambda parameter)
    Map<String, List<Origin>> fields = new HashMap<>();
    Map<String, List<Origin>> directMethods = new HashMap<>();
    Map<String, List<Origin>> nestedMethods = new HashMap<>();
    for (int i = 0; i < scans.size(); i++) {
      Scan s = scans.get(i);
      if (s.identifiers.contains("synchronized") || countsAny(s, s.identifiers, global, declared)) {
        relevant[i] = true;
        for (Member m : s.members) {
          if (m.declaringClass() == null || !countsAny(s, m.typeNames(), global, declared)) {
            continue;
          }
          Origin origin = new Origin(s.pkg, m.declaringClass().split("\\.")[0]);
          Map<String, List<Origin>> kind = !m.method() ? fields
              : counts(s, m.outerType(), global, declared) ? directMethods : nestedMethods;
          kind.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(origin);
        }
      }
    }
    // a member counts in a file that can see its class (as for checked subtypes)
    for (int i = 0; i < scans.size(); i++) {
      Scan s = scans.get(i);
      if (relevant[i]) {
        continue;
      }
      boolean var = s.identifiers.contains("var");
      relevant[i] = countsAny(s, s.identifiers, Set.of(), fields)
          || var && countsAny(s, s.identifiers, Set.of(), directMethods)
          || (var || s.lambda) && countsAny(s, s.identifiers, Set.of(), nestedMethods);
    }
    typeNames.addAll(types);
    return relevant;
  }

  /**
   * The fields each scanned class declares with a known type (or one in its type arguments), by the
   * class's nested name ({@code Outer.Inner}), for {@link SourceIndex}.
   */
  static Map<String, Set<String>> typedFieldsByClass(Scan scan, Set<String> typeNames) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Member m : scan.members) {
      if (!m.method() && m.declaringClass() != null && containsAny(m.typeNames(), typeNames)) {
        out.computeIfAbsent(m.declaringClass(), k -> new HashSet<>()).add(m.name());
      }
    }
    return out;
  }

  /** Where a checked class is declared: its package and its top-level class. */
  private record Origin(String pkg, String top) {}

  private static boolean countsAny(Scan s, java.util.Collection<String> names, Set<String> global,
      Map<String, List<Origin>> declared) {
    for (String n : names) {
      if (counts(s, n, global, declared)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the simple name {@code n}, written in the file of {@code s}, may denote a known type: a
   * known or JDK one (by name alone), or a checked subtype that the file can see.
   */
  private static boolean counts(Scan s, String n, Set<String> global,
      Map<String, List<Origin>> declared) {
    if (global.contains(n)) {
      return true;
    }
    List<Origin> origins = declared.get(n);
    if (origins == null) {
      return false;
    }
    for (Origin o : origins) {
      String outer = o.pkg().isEmpty() ? o.top() : o.pkg() + "." + o.top();
      if (o.pkg().equals(s.pkg) || s.onDemand.contains(o.pkg()) || s.onDemand.contains(outer)
          || s.staticOwners.contains(outer)) {
        return true;
      }
      for (String imp : s.imports) {
        if (imp.endsWith("." + n) || imp.equals(outer) || imp.startsWith(outer + ".")) {
          return true;
        }
      }

      if (!o.pkg().isEmpty() && s.identifiers.containsAll(List.of(o.pkg().split("\\.")))) {
        return true; // perhaps written qualified
      }
    }
    return false;
  }

  private static List<String> simpleNames(List<String> names) {
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(n.substring(n.lastIndexOf('.') + 1));
    }
    return out;
  }

  private static boolean containsAny(java.util.Collection<String> names, Set<String> set) {
    for (String n : names) {
      if (set.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** {@code java.util.concurrent.locks.ReentrantReadWriteLock.ReadLock} to {@code ReentrantReadWriteLock}. */
  static String topLevelSimpleName(String qualified) {
    String[] parts = qualified.split("\\.");
    for (String p : parts) {
      if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
        return p;
      }
    }
    return parts[parts.length - 1];
  }

  // ---- the lexer ------------------------------------------------------------------------------

  /** One file's identifiers, type headers and class-level member declarations. */
  static Scan scan(String text) {
    Scan out = new Scan();
    List<String> tokens = tokens(text, out);
    List<Boolean> classBody = new ArrayList<>(); // per open brace: does it open a class body?
    List<String> names = new ArrayList<>(); // per open brace: the nested class name, or null
    boolean pendingClass = false;
    String pendingName = null;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      switch (t) {
        case "{" -> {
          classBody.add(pendingClass);
          names.add(pendingName);
          pendingClass = false;
          pendingName = null;
        }
        case "}" -> {
          if (!classBody.isEmpty()) {
            classBody.remove(classBody.size() - 1);
            names.remove(names.size() - 1);
          }
        }
        case "package" -> {
          if (classBody.isEmpty() && out.pkg.isEmpty()) {
            out.pkg = dotted(tokens, i + 1);
          }
        }
        case "import" -> {
          if (classBody.isEmpty() && i + 2 < tokens.size() && tokens.get(i + 1).equals("static")) {
            String name = dotted(tokens, i + 2);
            int end = i + 2 + Math.max(0, 2 * name.split("\\.").length - 1);
            boolean star = end + 1 < tokens.size() && tokens.get(end).equals(".")
                && tokens.get(end + 1).equals("*");
            String owner = star || !name.contains(".") ? name : name.substring(0, name.lastIndexOf('.'));
            // a member of a nested class: a.B.C.m names a.B.C, whose top-level class is a.B
            out.staticOwners.add(owner);
            for (int dot = owner.lastIndexOf('.'); dot > 0; dot = owner.lastIndexOf('.', dot - 1)) {
              out.staticOwners.add(owner.substring(0, dot));
            }
          } else if (classBody.isEmpty() && i + 1 < tokens.size()) {
            String name = dotted(tokens, i + 1);
            int end = i + 1 + Math.max(0, 2 * name.split("\\.").length - 1);
            if (end + 1 < tokens.size() && tokens.get(end).equals(".") && tokens.get(end + 1).equals("*")) {
              out.onDemand.add(name);
            } else if (!name.isEmpty()) {
              out.imports.add(name);
            }
          }
        }
        case "class", "interface", "enum", "record" -> {
          boolean afterDot = i > 0 && tokens.get(i - 1).equals(".");
          boolean annotationType = i > 0 && tokens.get(i - 1).equals("@");
          if (!afterDot && i + 1 < tokens.size() && isIdentifier(tokens.get(i + 1))) {
            pendingClass = true;
            boolean member = names.isEmpty() || names.get(names.size() - 1) != null;
            String nested = names.isEmpty() ? tokens.get(i + 1)
                : names.get(names.size() - 1) + "." + tokens.get(i + 1);
            pendingName = member ? nested : null;
            if (member && !annotationType) {
              out.types.add(new TypeDecl(nested, supers(tokens, i + 2)));
            }
          }
        }
        default -> {
          if (!classBody.isEmpty() && classBody.get(classBody.size() - 1) && isIdentifier(t)) {
            member(tokens, i, out.members, names.get(names.size() - 1));
          }
        }
      }
    }
    return out;
  }

  /**
   * At class level, {@code Type[<...>][[]] name} followed by {@code ; = ( ,}: a member declared
   * with the names of Type and its type arguments.
   */
  private static void member(List<String> tokens, int i, List<Member> members,
      String declaringClass) {
    List<String> typeNames = new ArrayList<>();
    typeNames.add(tokens.get(i));
    int j = i + 1;
    if (j < tokens.size() && tokens.get(j).equals("<")) {
      int depth = 0;
      for (; j < tokens.size(); j++) {
        String t = tokens.get(j);
        if (t.equals("<")) {
          depth++;
        } else if (t.equals(">")) {
          if (--depth == 0) {
            j++;
            break;
          }
        } else if (t.equals(";") || t.equals("{") || t.equals("}") || t.equals("(")) {
          return;
        } else if (isIdentifier(t)) {
          typeNames.add(t);
        }
      }
    }
    while (j + 1 < tokens.size() && tokens.get(j).equals("[") && tokens.get(j + 1).equals("]")) {
      j += 2;
    }
    if (j + 1 < tokens.size() && isIdentifier(tokens.get(j))) {
      String after = tokens.get(j + 1);
      if (after.equals(";") || after.equals("=") || after.equals("(") || after.equals(",")) {
        members.add(new Member(tokens.get(i), typeNames, tokens.get(j), after.equals("("),
            declaringClass));
      }
    }
  }

  /** {@code a.b.C} from the tokens at {@code i}: identifiers joined by dots. */
  private static String dotted(List<String> tokens, int i) {
    StringBuilder sb = new StringBuilder();
    int j = i;
    while (j < tokens.size() && isIdentifier(tokens.get(j))) {
      sb.append(tokens.get(j));
      if (j + 2 < tokens.size() && tokens.get(j + 1).equals(".") && isIdentifier(tokens.get(j + 2))) {
        sb.append('.');
        j += 2;
      } else {
        break;
      }
    }
    return sb.toString();
  }

  /**
   * The types of a class header's {@code extends} and {@code implements} clauses, from the token
   * after the class name to its body: type parameters, record components, type arguments,
   * annotations and {@code permits} are skipped.
   */
  private static List<String> supers(List<String> tokens, int from) {
    List<String> out = new ArrayList<>();
    boolean collecting = false;
    int depthAngle = 0;
    int depthParen = 0;
    for (int j = from; j < tokens.size(); j++) {
      String t = tokens.get(j);
      if (t.equals("{") || t.equals(";")) {
        break;
      }
      if (t.equals("<")) {
        depthAngle++;
      } else if (t.equals(">")) {
        depthAngle = Math.max(0, depthAngle - 1);
      } else if (t.equals("(")) {
        depthParen++;
      } else if (t.equals(")")) {
        depthParen = Math.max(0, depthParen - 1);
      } else if (depthAngle == 0 && depthParen == 0) {
        if (t.equals("extends") || t.equals("implements")) {
          collecting = true;
        } else if (t.equals("permits")) {
          collecting = false;
        } else if (t.equals("@")) {
          j++; // an annotation's name
        } else if (collecting && isIdentifier(t) && !tokens.get(j - 1).equals(".")) {
          String name = dotted(tokens, j);
          out.add(name);
          j += 2 * (name.split("\\.").length - 1);
        }
      }
    }
    return out;
  }

  private static boolean isIdentifier(String t) {
    return !t.isEmpty() && Character.isJavaIdentifierStart(t.charAt(0));
  }

  /**
   * Identifiers (interned per file) and single-character punctuation; literals and comments are
   * dropped. Not a full Java lexer: enough for names, braces and headers.
   */
  private static List<String> tokens(String text, Scan scan) {
    Set<String> identifiers = scan.identifiers;
    List<String> out = new ArrayList<>(text.length() / 6);
    Map<String, String> interned = new HashMap<>();
    StringBuilder open = new StringBuilder(); // the open brackets, innermost last
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c <= ' ') {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        i += 2;
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          problem(scan, text, i, "unterminated comment");
        }
        i = end < 0 ? n : end + 2;
      } else if (c == '"') {
        int start = i;
        if (text.startsWith("\"\"\"", i)) {
          i += 3;
          while (i < n && !text.startsWith("\"\"\"", i)) {
            i += text.charAt(i) == '\\' ? 2 : 1;
          }
          if (i >= n) {
            problem(scan, text, start, "unterminated text block");
          }
          i += 3;
        } else {
          i++;
          while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
          }
          if (i >= n || text.charAt(i) != '"') {
            problem(scan, text, start, "unterminated string literal");
          }
          i++;
        }
        out.add("\"");
      } else if (c == '\'') {
        int start = i;
        i++;
        while (i < n && text.charAt(i) != '\'' && text.charAt(i) != '\n') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= n || text.charAt(i) != '\'') {
          problem(scan, text, start, "unterminated character literal");
        }
        i++;
        out.add("'");
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i++;
        while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
          i++;
        }
        String id = interned.computeIfAbsent(text.substring(start, i), k -> k);
        identifiers.add(id);
        out.add(id);
      } else if (c >= '0' && c <= '9') {
        i++;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
            || text.charAt(i) == '.')) {
          i++;
        }
        out.add("0");
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '>') {
        scan.lambda = true;
        out.add("->");
        i += 2;
      } else {
        if (c == '{' || c == '(' || c == '[') {
          open.append(c);
        } else if (c == '}' || c == ')' || c == ']') {
          char want = c == '}' ? '{' : c == ')' ? '(' : '[';
          if (open.isEmpty() || open.charAt(open.length() - 1) != want) {
            problem(scan, text, i, "'" + c + "' does not match an opening bracket");
          } else {
            open.setLength(open.length() - 1);
          }
        }
        out.add(PUNCT[c < 128 ? c : 0]);
        i++;
      }
    }
    if (!open.isEmpty()) {
      problem(scan, text, n, "reached the end of the file with '" + open.charAt(open.length() - 1)
          + "' not closed");
    }
    return out;
  }

  private static void problem(Scan scan, String text, int offset, String what) {
    if (scan.problem != null) {
      return;
    }
    int line = 1;
    for (int k = 0; k < Math.min(offset, text.length()); k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    scan.problem = what;
    scan.problemLine = line;
  }

  private static final String[] PUNCT = new String[128];

  static {
    for (int c = 0; c < 128; c++) {
      PUNCT[c] = String.valueOf((char) c).intern();
    }
  }
}
