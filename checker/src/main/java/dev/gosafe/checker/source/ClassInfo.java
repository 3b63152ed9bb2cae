package dev.gosafe.checker.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.NodeList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A class being modelled: its model name (javac's: qualified, or binary for local and anonymous
 * classes), its binary name, its declaration and members, and the enclosing class.
 */
final class ClassInfo {
  final String name;
  final String flatName;
  final Node node;
  final NodeList<BodyDeclaration<?>> members;
  final ClassInfo outer;
  final Map<String, Decl> fields = new LinkedHashMap<>();

  ClassInfo(String name, String flatName, Node node, NodeList<BodyDeclaration<?>> members,
      ClassInfo outer) {
    this.name = name;
    this.flatName = flatName;
    this.node = node;
    this.members = members;
    this.outer = outer;
    for (BodyDeclaration<?> m : members) {
      if (m instanceof FieldDeclaration f) {
        for (VariableDeclarator v : f.getVariables()) {
          fields.put(v.getNameAsString(), new Decl(v.getNameAsString(), v, v.getType(),
              v.getInitializer().orElse(null), this, f.isStatic(), f.isFinal()));
        }
      }
    }
    if (node instanceof RecordDeclaration r) {
      for (Parameter p : r.getParameters()) {
        fields.put(p.getNameAsString(), new Decl(p.getNameAsString(), p, p.getType(), null, this,
            false, true));
      }
    }
  }

  /** Whether {@code other} is this class or one that encloses it. */
  boolean isOwnOrEnclosing(ClassInfo other) {
    for (ClassInfo c = this; c != null; c = c.outer) {
      if (c == other) {
        return true;
      }
    }
    return false;
  }
}
