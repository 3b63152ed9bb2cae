package dev.gosafe.checker.model;

import java.util.Set;

/**
 * What a front end knows of a static type: its erased qualified name and the qualified names of
 * all its supertypes (classes and interfaces, transitively, including itself). A type the front end
 * cannot resolve has {@code resolved == false} and only the name it could see.
 */
public record TypeInfo(String name, Set<String> supertypes, boolean resolved) {

  public boolean isSubtypeOf(String qualifiedName) {
    return name.equals(qualifiedName) || supertypes.contains(qualifiedName);
  }

  public static TypeInfo unresolved(String name) {
    return new TypeInfo(name, Set.of(), false);
  }
}
