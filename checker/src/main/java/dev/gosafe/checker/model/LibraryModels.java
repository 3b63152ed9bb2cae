package dev.gosafe.checker.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/** All {@link LibraryModel}s found on the checker's class path, asked in a stable order; the first answer wins. */
public final class LibraryModels implements LibraryModel {

  private static final LibraryModels INSTANCE = load(LibraryModels.class.getClassLoader());

  private final List<LibraryModel> models;

  private LibraryModels(List<LibraryModel> models) {
    this.models = List.copyOf(models);
  }

  /** The models found by the checker's own class loader (loaded once). */
  public static LibraryModels get() {
    return INSTANCE;
  }

  /** Models found by {@code loader}, ordered by class name so results do not depend on class-path order. */
  public static LibraryModels load(ClassLoader loader) {
    List<LibraryModel> found = ServiceLoader.load(LibraryModel.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()))
        .toList();
    return new LibraryModels(found);
  }

  /** The models, in the order they are asked. */
  public List<LibraryModel> models() {
    return models;
  }

  private <T> Optional<T> first(Function<LibraryModel, Optional<T>> ask) {
    for (LibraryModel m : models) {
      Optional<T> answer = ask.apply(m);
      if (answer.isPresent()) {
        return answer;
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<ObjKind> kindOf(TypeInfo type) {
    return first(m -> m.kindOf(type));
  }

  @Override
  public Optional<CallRole> call(TypeInfo owner, String method, int argCount, boolean isStatic) {
    return first(m -> m.call(owner, method, argCount, isStatic));
  }

  @Override
  public Optional<CallRole> constructor(TypeInfo type, int argCount) {
    return first(m -> m.constructor(type, argCount));
  }

  @Override
  public boolean mayHaveRole(String method) {
    for (LibraryModel m : models) {
      if (m.mayHaveRole(method)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Set<String>> knownTypes() {
    Set<String> all = new HashSet<>();
    for (LibraryModel m : models) {
      Optional<Set<String>> t = m.knownTypes();
      if (t.isEmpty()) {
        return Optional.empty();
      }
      all.addAll(t.get());
    }
    return Optional.of(Set.copyOf(all));
  }
}
