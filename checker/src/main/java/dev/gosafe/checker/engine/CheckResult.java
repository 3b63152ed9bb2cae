package dev.gosafe.checker.engine;

import java.util.List;

/** What an {@link Engine} found: findings in the files it could check, and the files it could not. */
public record CheckResult(List<Diagnostic> findings, List<InputError> inputErrors) {

  public CheckResult {
    findings = List.copyOf(findings);
    inputErrors = List.copyOf(inputErrors);
  }
}
