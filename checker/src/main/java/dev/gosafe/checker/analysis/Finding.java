package dev.gosafe.checker.analysis;

import dev.gosafe.checker.model.SourcePos;
import java.util.List;

/**
 * One problem found by the shared analyses, independent of the front end that built the model.
 *
 * @param ruleId the rule's ID as in SPEC.md (e.g. {@code "LockNotReleased"})
 * @param pos where to report (the rule's documented report position)
 * @param message what happens at run time and the fix, one sentence each
 * @param owner the qualified name of the class whose method holds the reported position
 * @param methodSignature {@link dev.gosafe.checker.model.MethodModel#signature()} of the
 *     (outermost, non-lambda) method holding the reported position; front ends use it to attach
 *     the finding to that method (and honour {@code @SuppressWarnings} there)
 * @param flow the steps that lead to the problem (for SARIF codeFlows), possibly empty
 */
public record Finding(String ruleId, SourcePos pos, String message, String owner,
    String methodSignature, List<Step> flow) {

  /** One step of an explanation: where, which task, what happens. */
  public record Step(SourcePos pos, String task, String what) {}
}
