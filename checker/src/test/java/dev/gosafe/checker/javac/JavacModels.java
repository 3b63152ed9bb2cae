package dev.gosafe.checker.javac;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.api.JavacTaskImpl;
import com.sun.tools.javac.api.JavacTool;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Stmt;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** Test support: compiles a source string with javac (no Error Prone) and builds its model. */
final class JavacModels {
  private JavacModels() {}

  private static final JavacTool TOOL = JavacTool.create();
  /** Shared so that the class path's jars are opened once for all tests. */
  private static final javax.tools.StandardJavaFileManager FILES =
      TOOL.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8);

  /** The builder after {@link JavacModelBuilder#build()} on {@code source} (file {@code T.java}). */
  static JavacModelBuilder builder(String source) {
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///T.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    JavacTaskImpl task = (JavacTaskImpl) TOOL.getTask(null, FILES, diags,
        List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null,
        List.of(file));
    {
      Iterable<? extends CompilationUnitTree> units = task.parse();
      task.analyze();
      if (diags.getDiagnostics().stream().anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)) {
        throw new AssertionError("test source does not compile: " + diags.getDiagnostics());
      }
      JCCompilationUnit unit = (JCCompilationUnit) units.iterator().next();
      JavacModelBuilder b = JavacModelBuilder.create(unit, Types.instance(task.getContext()));
      lastModel = b.build();
      return b;
    }
  }

  private static FileModel lastModel;

  /** The model built by the last {@link #builder} or {@link #build} call. */
  static FileModel lastModel() {
    return lastModel;
  }

  static FileModel build(String source) {
    builder(source);
    return lastModel;
  }

  static MethodModel method(FileModel file, String name) {
    for (ClassModel c : file.classes()) {
      for (MethodModel m : c.methods()) {
        if (m.name().equals(name)) {
          return m;
        }
      }
    }
    throw new AssertionError("no method " + name + " in " + file);
  }

  /** Every event in {@code s}, in order, including those in conditions and resources, but not in task bodies. */
  static List<Event> events(Stmt s) {
    List<Event> out = new ArrayList<>();
    collect(s, out);
    return out;
  }

  private static void collect(Stmt s, List<Event> out) {
    switch (s) {
      case Stmt.Block b -> b.stmts().forEach(x -> collect(x, out));
      case Stmt.Do d -> out.add(d.event());
      case Stmt.Assign a -> collect(a.value(), out);
      case Stmt.If i -> {
        collect(i.cond(), out);
        collect(i.then(), out);
        collect(i.otherwise(), out);
      }
      case Stmt.Loop l -> {
        collect(l.cond(), out);
        collect(l.body(), out);
        collect(l.update(), out);
      }
      case Stmt.Range r -> collect(r.body(), out);
      case Stmt.Try t -> {
        for (Stmt.Resource r : t.resources()) {
          collect(r.init(), out);
        }
        collect(t.body(), out);
        for (Stmt.Resource r : t.resources()) {
          out.addAll(r.onClose());
        }
        t.catches().forEach(c -> collect(c.body(), out));
        collect(t.finallyBlock(), out);
      }
      case Stmt.Switch sw -> sw.cases().forEach(x -> collect(x, out));
      case Stmt.Labeled l -> collect(l.body(), out);
      default -> { }
    }
  }

  private static void collect(Cond c, List<Event> out) {
    switch (c) {
      case Cond.Effects e -> {
        out.addAll(e.events());
        collect(e.test(), out);
      }
      case Cond.Not n -> collect(n.operand(), out);
      case Cond.And a -> {
        collect(a.left(), out);
        collect(a.right(), out);
      }
      case Cond.Or o -> {
        collect(o.left(), out);
        collect(o.right(), out);
      }
      default -> { }
    }
  }

  /** The first statement of type {@code type} in {@code s} (depth first), or null. */
  static <T extends Stmt> T find(Stmt s, Class<T> type) {
    if (type.isInstance(s)) {
      return type.cast(s);
    }
    List<Stmt> kids = switch (s) {
      case Stmt.Block b -> b.stmts();
      case Stmt.If i -> List.of(i.then(), i.otherwise());
      case Stmt.Loop l -> List.of(l.body(), l.update());
      case Stmt.Range r -> List.of(r.body());
      case Stmt.Try t -> {
        List<Stmt> k = new ArrayList<>();
        t.resources().forEach(r -> k.add(r.init()));
        k.add(t.body());
        t.catches().forEach(c -> k.add(c.body()));
        k.add(t.finallyBlock());
        yield k;
      }
      case Stmt.Switch sw -> sw.cases();
      case Stmt.Labeled l -> List.of(l.body());
      default -> List.of();
    };
    for (Stmt k : kids) {
      T found = find(k, type);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
