package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.type.Type;

/**
 * What a simple name refers to: a local (or parameter) declared at {@code decl}, or a field of
 * {@code owner}.
 *
 * @param decl the declaring node: a VariableDeclarationExpr, Parameter, pattern, or field declarator
 * @param type the declared type, or null when implicit ({@code var}, untyped lambda parameters)
 * @param init the initializer (for {@code var}), or null
 * @param owner for fields: the declaring class; null for locals
 */
record Decl(String name, Node decl, Type type, Node init, ClassInfo owner, boolean isStatic,
    boolean isFinal) {
  boolean isField() {
    return owner != null;
  }
}
