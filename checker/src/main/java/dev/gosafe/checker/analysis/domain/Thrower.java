package dev.gosafe.checker.analysis.domain;

import dev.gosafe.checker.model.SourcePos;

/**
 * What threw the exception a path is propagating: {@code what} is e.g. {@code "save() throws"}.
 * {@code ordinary} is false for exceptions that only misuse or exhaustion raise (lock, unlock,
 * add, done, close, cancel, starting a task)
 * which the rules about "X is skipped or leaked if something throws" do not count.
 */
public record Thrower(SourcePos pos, String what, boolean ordinary) {}
