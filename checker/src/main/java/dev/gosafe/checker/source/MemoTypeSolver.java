package dev.gosafe.checker.source;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.cache.Cache;
import com.github.javaparser.resolution.cache.CacheStats;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.cache.DefaultCacheStats;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The root type solver of one check run: remembers every answer of the wrapped solver by name,
 * "not found" included, for as long as the solver lives (one {@link SourceEngine#check} run).
 *
 * <p>JavaParser's own caches do not hold on to their answers: {@code CombinedTypeSolver} keeps
 * them in a {@code WeakHashMap} keyed by the (short-lived) name strings, and
 * {@code JavaParserTypeSolver} in soft references that the collector clears. Without this, every
 * name that is not found (each candidate of an on-demand import, a nested type looked up as a
 * package member) made {@code JavaParserTypeSolver} scan, and re-parse, whole source folders again.
 * The answers are the wrapped solver's: a type solver's answer for a name does not change within
 * a run (its inputs, the class path and the source roots, do not). A lookup that throws is not
 * remembered. Set as the wrapped solver's parent, so lookups made while resolving declarations
 * ({@code getRoot()}) go through the memo as well.
 */
final class MemoTypeSolver implements TypeSolver {
  private final TypeSolver delegate;
  private final Map<String, SymbolReference<ResolvedReferenceTypeDeclaration>> answers =
      new ConcurrentHashMap<>();
  private final Map<String, dev.gosafe.checker.model.TypeInfo> typeInfos = new ConcurrentHashMap<>();
  private TypeSolver parent;

  MemoTypeSolver(TypeSolver delegate) {
    this.delegate = delegate;
    delegate.setParent(this);
  }

  private volatile SourceIndex index;

  /** The classes of the run's checked files, when the engine scanned them (see {@link SourceIndex}). */
  SourceIndex index() {
    return index;
  }

  void index(SourceIndex index) {
    this.index = index;
  }

  /** The run's supertype closures by qualified name (see {@code TypeResolver.of}). */
  Map<String, dev.gosafe.checker.model.TypeInfo> typeInfos() {
    return typeInfos;
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
    SymbolReference<ResolvedReferenceTypeDeclaration> known = answers.get(name);
    if (known != null) {
      return known;
    }
    // not computeIfAbsent: solving one name solves others through this same solver
    SymbolReference<ResolvedReferenceTypeDeclaration> answer = delegate.tryToSolveType(name);
    if (answer != null) {
      SymbolReference<ResolvedReferenceTypeDeclaration> first = answers.putIfAbsent(name, answer);
      return first != null ? first : answer;
    }
    return answer;
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(
      String qualifiedModuleName, String simpleTypeName) {
    return delegate.tryToSolveTypeInModule(qualifiedModuleName, simpleTypeName);
  }

  @Override
  public TypeSolver getParent() {
    return parent;
  }

  @Override
  public void setParent(TypeSolver parent) {
    if (this.parent != null) {
      throw new IllegalStateException("This TypeSolver already has a parent.");
    }
    if (parent == this) {
      throw new IllegalStateException("The parent of this TypeSolver cannot be itself.");
    }
    this.parent = parent;
  }

  /**
   * A cache that keeps what it is given (strong references, no limit), for the caches of a
   * {@code JavaParserTypeSolver} that lives for one run: its default soft-value caches lose the
   * parsed files and folders under memory pressure, and they are then parsed again.
   */
  static final class StrongCache<K, V> implements Cache<K, V> {
    private final Map<K, V> map = new ConcurrentHashMap<>();

    @Override
    public void put(K key, V value) {
      if (key != null && value != null) {
        map.put(key, value);
      }
    }

    @Override
    public Optional<V> get(K key) {
      return key == null ? Optional.empty() : Optional.ofNullable(map.get(key));
    }

    @Override
    public void remove(K key) {
      if (key != null) {
        map.remove(key);
      }
    }

    @Override
    public void removeAll() {
      map.clear();
    }

    @Override
    public boolean contains(K key) {
      return key != null && map.containsKey(key);
    }

    @Override
    public long size() {
      return map.size();
    }

    @Override
    public boolean isEmpty() {
      return map.isEmpty();
    }

    @Override
    public CacheStats stats() {
      return new DefaultCacheStats();
    }
  }
}
