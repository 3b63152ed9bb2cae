package dev.gosafe.checker.engine;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodInvocationTree;

/**
 * A test-only check (off unless a test enables it) that flags every call to a method named
 * {@code probeMe}, so engine tests do not depend on the real rules' progress.
 */
@AutoService(BugChecker.class)
@BugPattern(summary = "Test probe for the engine", severity = WARNING,
    linkType = BugPattern.LinkType.CUSTOM, link = "https://example.invalid/probe")
public final class EngineProbe extends BugChecker implements MethodInvocationTreeMatcher {
  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    var sym = ASTHelpers.getSymbol(tree);
    if (sym != null && sym.getSimpleName().contentEquals("probeMe")) {
      return buildDescription(tree)
          .setMessage("probeMe runs here; remove the call")
          .build();
    }
    return Description.NO_MATCH;
  }
}
