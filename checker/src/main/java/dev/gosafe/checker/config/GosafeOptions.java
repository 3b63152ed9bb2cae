package dev.gosafe.checker.config;

import com.google.errorprone.ErrorProneFlags;
import java.util.Map;
import java.util.Optional;

/**
 * gosafe's options, parsed once from Error Prone's flags ({@code -XepOpt:gosafe:Flag=value}) and
 * immutable afterwards.
 *
 * <ul>
 *   <li>{@code gosafe:StateBudget=N} (N &gt; 0): how many abstract states the analyses may keep per
 *       method before skipping it silently; default {@value #DEFAULT_STATE_BUDGET}.
 *   <li>{@code gosafe:Debug=true|false}: print each file's concurrency model and internal errors'
 *       stack traces to standard error; default false.
 * </ul>
 *
 * @param stateBudget the per-method state budget
 * @param debug whether to print debugging output
 */
public record GosafeOptions(int stateBudget, boolean debug) {
  public static final String STATE_BUDGET = "gosafe:StateBudget";
  public static final String DEBUG = "gosafe:Debug";
  public static final int DEFAULT_STATE_BUDGET = dev.gosafe.checker.analysis.flow.Dataflow.DEFAULT_BUDGET;
  public static final GosafeOptions DEFAULTS = new GosafeOptions(DEFAULT_STATE_BUDGET, false);

  public GosafeOptions {
    if (stateBudget <= 0) {
      throw new IllegalArgumentException(
          "-XepOpt:" + STATE_BUDGET + " must be a positive integer, got " + stateBudget);
    }
  }

  /** Parses the gosafe flags; a bad value fails with an IllegalArgumentException naming the flag. */
  public static GosafeOptions from(ErrorProneFlags flags) {
    return from(flags.getFlagsMap());
  }

  /** Parses the gosafe flags from a flag map (keys without the {@code -XepOpt:} prefix). */
  public static GosafeOptions from(Map<String, String> flags) {
    int budget = DEFAULT_STATE_BUDGET;
    String b = flags.get(STATE_BUDGET);
    if (b != null) {
      try {
        budget = Integer.parseInt(b.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "-XepOpt:" + STATE_BUDGET + " must be a positive integer, got '" + b + "'", e);
      }
      if (budget <= 0) {
        throw new IllegalArgumentException(
            "-XepOpt:" + STATE_BUDGET + " must be a positive integer, got '" + b + "'");
      }
    }
    boolean debug = parseBoolean(DEBUG, Optional.ofNullable(flags.get(DEBUG))).orElse(false);
    return new GosafeOptions(budget, debug);
  }

  private static Optional<Boolean> parseBoolean(String flag, Optional<String> value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get().trim();
    if (v.equalsIgnoreCase("true")) {
      return Optional.of(true);
    }
    if (v.equalsIgnoreCase("false")) {
      return Optional.of(false);
    }
    throw new IllegalArgumentException(
        "-XepOpt:" + flag + " must be true or false, got '" + value.get() + "'");
  }
}
