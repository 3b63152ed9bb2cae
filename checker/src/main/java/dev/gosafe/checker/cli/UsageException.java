package dev.gosafe.checker.cli;

/** A command line that cannot be run: unknown flag, bad value, no path. Exit code 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
