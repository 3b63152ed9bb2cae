package dev.gosafe.checker.engine;

/** How serious a finding is, as reported to the user. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE
}
