package dev.gosafe.checker.javac;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.TreeInfo;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.TypeInfo;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * How the javac front end names things in the model, shared by {@link JavacModelBuilder} (which
 * writes the names) and the checks (which look findings up by them): class owners, method
 * signatures, type infos and positions.
 */
public final class JavacNames {
  private final Types types;
  private final JCCompilationUnit unit;
  private final Map<Symbol.TypeSymbol, TypeInfo> typeInfos = new HashMap<>();

  JavacNames(Types types, JCCompilationUnit unit) {
    this.types = types;
    this.unit = unit;
  }

  /**
   * The model's name for a class: its qualified name ({@code pkg.Outer.Inner}), or for local and
   * anonymous classes, which have none, the binary name ({@code pkg.Outer$1}).
   */
  public static String owner(Symbol.TypeSymbol cls) {
    String q = cls.getQualifiedName().toString();
    if (!q.isEmpty() && cls instanceof ClassSymbol c && !c.isAnonymous()
        && c.owner.kind != com.sun.tools.javac.code.Kinds.Kind.MTH
        && c.owner.kind != com.sun.tools.javac.code.Kinds.Kind.VAR) {
      return q;
    }
    return cls instanceof ClassSymbol c ? c.flatName().toString() : q;
  }

  /**
   * A method's key within its class: {@code name(T1,T2)} with erased parameter types, constructors
   * named {@code <init>}.
   */
  public static String signature(MethodSymbol m, Types types) {
    StringJoiner params = new StringJoiner(",", m.name.toString() + "(", ")");
    for (Symbol.VarSymbol p : m.params()) {
      params.add(types.erasure(p.type).toString());
    }
    return params.toString();
  }

  String signature(MethodSymbol m) {
    return signature(m, types);
  }

  /** The position of a tree: the start of the whole construct, 1-based line and column. */
  SourcePos pos(JCTree tree) {
    return pos(TreeInfo.getStartPos(tree));
  }

  SourcePos pos(int offset) {
    if (offset < 0) {
      return SourcePos.NONE;
    }
    var lines = unit.getLineMap();
    int line = (int) lines.getLineNumber(offset);
    int column = (int) (offset - lines.getStartPosition(line)) + 1;
    return new SourcePos(line, column, offset);
  }

  /** The erased type with all its supertypes; unresolved for error types. */
  TypeInfo typeInfo(Type type) {
    if (type == null || type.isErroneous()) {
      return TypeInfo.unresolved(type == null ? "?" : type.toString());
    }
    if (type.isPrimitive() || type.hasTag(com.sun.tools.javac.code.TypeTag.VOID)) {
      return new TypeInfo(type.toString(), Set.of(), true);
    }
    Type erased = types.erasure(type);
    if (erased.hasTag(com.sun.tools.javac.code.TypeTag.ARRAY)) {
      return new TypeInfo(erased.toString(), Set.of(), true);
    }
    Symbol.TypeSymbol sym = erased.tsym;
    if (sym == null) {
      return TypeInfo.unresolved(type.toString());
    }
    return typeInfos.computeIfAbsent(sym, s -> {
      Set<String> supers = new LinkedHashSet<>();
      for (Type t : types.closure(erased)) {
        supers.add(t.tsym.getQualifiedName().toString());
      }
      return new TypeInfo(s.getQualifiedName().toString(), Set.copyOf(supers), true);
    });
  }
}
