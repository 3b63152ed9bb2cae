package dev.gosafe.checker.checks;

import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCMethodDecl;
import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.javac.AnalysisCache;
import dev.gosafe.checker.javac.JavacNames;
import javax.tools.JavaFileObject;

/**
 * The shared body of every gosafe check: ask the per-compilation {@link AnalysisCache} for the
 * findings of this check's rule in the visited method (findings inside lambdas belong to the
 * enclosing method) and report each at its position with its message. An internal error of the
 * front end or the analysis is reported once per file, by whichever check meets it first, as a
 * plain javac warning (no {@code [ID]}) whose message starts "gosafe internal error".
 *
 * <p>A subclass is only its {@code @BugPattern}; the rule ID is its simple name.
 */
public abstract class GosafeCheck extends BugChecker implements BugChecker.MethodTreeMatcher {

  /** The rule ID this check reports, as in SPEC.md: the class's simple name. */
  protected String ruleId() {
    return getClass().getSimpleName();
  }

  @Override
  public final Description matchMethod(MethodTree tree, VisitorState state) {
    MethodSymbol sym = ((JCMethodDecl) tree).sym;
    if (sym == null) {
      return Description.NO_MATCH;
    }
    AnalysisCache cache = AnalysisCache.instance(state.context);
    AnalysisCache.Entry entry = cache.get(state);
    String owner = JavacNames.owner(sym.enclClass());
    String signature = JavacNames.signature(sym, state.getTypes());
    if (cache.claimErrorReport(entry, owner, signature)) {
      reportInternalError(state, (JCTree) tree, entry.error().message());
    }
    String rule = ruleId();
    for (Finding f : entry.findings()) {
      if (!f.ruleId().equals(rule) || !owner.equals(f.owner())
          || !signature.equals(f.methodSignature()) || !f.pos().isKnown()) {
        continue;
      }
      state.reportMatch(buildDescription(new JCDiagnostic.SimpleDiagnosticPosition(f.pos().offset()))
          .setMessage(f.message())
          .build());
      cache.reported(f);
    }
    return Description.NO_MATCH;
  }

  /**
   * Reports a gosafe internal error as a plain javac warning (no rule ID, so no rule's severity or
   * suppression applies to it): its message starts "gosafe internal error".
   */
  private static void reportInternalError(VisitorState state, JCTree at, String message) {
    Log log = Log.instance(state.context);
    JavaFileObject previous = log.useSource(state.getPath().getCompilationUnit().getSourceFile());
    try {
      log.warning(at.pos(), new JCDiagnostic.Warning("compiler", "proc.messager", message));
    } finally {
      log.useSource(previous);
    }
  }
}
