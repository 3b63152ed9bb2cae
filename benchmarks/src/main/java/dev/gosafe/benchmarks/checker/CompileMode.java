package dev.gosafe.benchmarks.checker;

import java.util.List;

/**
 * The three builds compared. All three pass the flags Error Prone requires
 * ({@code -XDcompilePolicy=simple}, {@code --should-stop=ifError=FLOW},
 * {@code -XDaddTypeAnnotationsToSymbol=true}), so that (b) − (a) is Error Prone's own cost and not
 * a change of javac's compile policy.
 */
enum CompileMode {
  /** (a) javac alone. */
  PLAIN("a", "javac"),
  /** (b) javac with Error Prone loaded, every check (its own and gosafe's) disabled. */
  ERROR_PRONE_NO_CHECKS("b", "javac + Error Prone, all checks disabled"),
  /** (c) as (b) with the 11 gosafe checks enabled (as {@code bin/gosafe check} runs them). */
  ERROR_PRONE_GOSAFE("c", "javac + Error Prone + 11 gosafe checks");

  final String letter;
  final String description;

  CompileMode(String letter, String description) {
    this.letter = letter;
    this.description = description;
  }

  /** The {@code -Xplugin:ErrorProne ...} argument, or null for {@link #PLAIN}. */
  String errorProneArgument(List<String> ruleIds) {
    return switch (this) {
      case PLAIN -> null;
      case ERROR_PRONE_NO_CHECKS -> "-Xplugin:ErrorProne -XepDisableAllChecks";
      case ERROR_PRONE_GOSAFE -> {
        StringBuilder b = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
        for (String id : ruleIds) {
          b.append(" -Xep:").append(id).append(":WARN");
        }
        yield b.toString();
      }
    };
  }
}
