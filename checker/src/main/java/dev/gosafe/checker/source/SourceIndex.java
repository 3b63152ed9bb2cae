package dev.gosafe.checker.source;

import dev.gosafe.checker.model.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The classes declared in the run's checked files, from the {@link Prefilter} scan: for each, where
 * it is declared (package, imports, enclosing classes) and the supertypes its header names. It gives
 * a checked class's {@link TypeInfo} (all supertypes) without parsing its file: JavaParser's source
 * type solver parses a whole file to answer one name, which made resolving the names used by the
 * relevant files cost more than parsing those files. Names in a header are resolved as javac does
 * for the common cases (enclosing classes' member types, single-type imports, the package,
 * on-demand imports, {@code java.lang}, qualified names); a name found nowhere is left out of the
 * supertypes, which can only make the analyses quieter.
 */
final class SourceIndex {
  /** One declared class and the file context its header's names are resolved in. */
  private record Entry(String qualified, String pkg, List<String> enclosing, List<String> imports,
      List<String> onDemand, List<String> supers) {}

  private final Map<String, Entry> byName = new HashMap<>();
  private final Map<String, TypeInfo> infos = new HashMap<>();
  /** Fields declared with a known type, by declaring class; null until {@link #typedFields} is set. */
  private Map<String, Set<String>> typedFields;
  private final Set<String> inProgress = new HashSet<>();

  SourceIndex(List<Prefilter.Scan> scans) {
    for (Prefilter.Scan s : scans) {
      String prefix = s.pkg.isEmpty() ? "" : s.pkg + ".";
      for (Prefilter.TypeDecl t : s.types) {
        List<String> enclosing = new ArrayList<>();
        String[] parts = t.nestedName().split("\\.");
        StringBuilder q = new StringBuilder(prefix);
        for (int i = 0; i < parts.length - 1; i++) {
          q.append(parts[i]);
          enclosing.add(0, q.toString()); // innermost first
          q.append('.');
        }
        String qualified = prefix + t.nestedName();
        byName.putIfAbsent(qualified, new Entry(qualified, s.pkg, enclosing, s.imports,
            s.onDemand, t.supers()));
      }
    }
  }

  /** Records the fields each class declares with one of {@code typeNames} (see {@link Prefilter}). */
  synchronized void typedFields(List<Prefilter.Scan> scans, Set<String> typeNames) {
    Map<String, Set<String>> all = new HashMap<>();
    for (Prefilter.Scan s : scans) {
      String prefix = s.pkg.isEmpty() ? "" : s.pkg + ".";
      Prefilter.typedFieldsByClass(s, typeNames).forEach((cls, names) ->
          all.computeIfAbsent(prefix + cls, k -> new HashSet<>()).addAll(names));
    }
    typedFields = all;
  }

  /**
   * Whether {@code name}, used in class {@code cls} (and its enclosing classes, innermost first)
   * without a declaration in scope, may be a field of a known type: declared so in one of their
   * checked supertypes, or in a checked class a static import names. True when the run does not
   * know (no field list, or a class outside the index); class-path supertypes are not looked at.
   */
  synchronized boolean mayBeTypedField(String name, List<String> classes, List<String> staticOwners,
      Function<String, Optional<TypeInfo>> external) {
    if (typedFields == null) {
      return true;
    }
    for (String c : classes) {
      if (!byName.containsKey(c)) {
        return true;
      }
      Optional<TypeInfo> t = info(c, external);
      if (t.isEmpty()) {
        return true;
      }
      for (String sup : t.get().supertypes()) {
        if (typedFields.getOrDefault(sup, Set.of()).contains(name)) {
          return true;
        }
      }
    }
    for (String owner : staticOwners) {
      if (typedFields.getOrDefault(owner, Set.of()).contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some checked class declares a field of a known type named {@code name} (for {@code x.f}
   * where the type of {@code x} is not known); true when the run does not know.
   */
  synchronized boolean anyTypedField(String name) {
    if (typedFields == null) {
      return true;
    }
    for (Set<String> names : typedFields.values()) {
      if (names.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a checked file declares the class {@code qualified} ({@code a.b.Outer.Inner}). */
  boolean declares(String qualified) {
    return byName.containsKey(qualified);
  }

  /**
   * Whether a class that encloses {@code qualified} ({@code a.b.Outer} for {@code a.b.Outer.X}) is
   * one of the checked files' classes: then the index knows all its member classes, and a name it
   * does not declare is not a class there (asking the solver would only parse that file again).
   */
  boolean knowsEnclosing(String qualified) {
    for (int dot = qualified.lastIndexOf('.'); dot > 0; dot = qualified.lastIndexOf('.', dot - 1)) {
      if (byName.containsKey(qualified.substring(0, dot))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The TypeInfo of a declared class; {@code external} gives those of classes declared elsewhere
   * (the JDK, the class path), by qualified name.
   */
  synchronized Optional<TypeInfo> info(String qualified,
      Function<String, Optional<TypeInfo>> external) {
    Entry e = byName.get(qualified);
    if (e == null) {
      return Optional.empty();
    }
    TypeInfo known = infos.get(qualified);
    if (known != null) {
      return Optional.of(known);
    }
    if (!inProgress.add(qualified)) {
      return Optional.of(new TypeInfo(qualified, Set.of(qualified, "java.lang.Object"), true));
    }
    try {
      Set<String> supers = new LinkedHashSet<>();
      supers.add(qualified);
      for (String written : e.supers()) {
        Optional<TypeInfo> sup = resolve(written, e, external);
        sup.ifPresent(t -> supers.addAll(t.supertypes()));
      }
      supers.add("java.lang.Object");
      TypeInfo info = new TypeInfo(qualified, Set.copyOf(supers), true);
      infos.put(qualified, info);
      return Optional.of(info);
    } finally {
      inProgress.remove(qualified);
    }
  }

  /** A name written in {@code e}'s header, resolved in {@code e}'s file. */
  private Optional<TypeInfo> resolve(String written, Entry e,
      Function<String, Optional<TypeInfo>> external) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    List<String> candidates = new ArrayList<>();
    for (String outer : e.enclosing()) {
      candidates.add(outer + "." + first);
    }
    for (String imp : e.imports()) {
      if (imp.equals(first) || imp.endsWith("." + first)) {
        candidates.add(imp);
      }
    }
    candidates.add(e.pkg().isEmpty() ? first : e.pkg() + "." + first);
    for (String pkg : e.onDemand()) {
      candidates.add(pkg + "." + first);
    }
    candidates.add("java.lang." + first);
    for (String c : candidates) {
      Optional<TypeInfo> t = find(c + rest, external);
      if (t.isPresent()) {
        return t;
      }
    }
    return dot < 0 ? Optional.empty() : find(written, external);
  }

  private Optional<TypeInfo> find(String qualified, Function<String, Optional<TypeInfo>> external) {
    if (byName.containsKey(qualified)) {
      return info(qualified, external);
    }
    return knowsEnclosing(qualified) ? Optional.empty() : external.apply(qualified);
  }
}
