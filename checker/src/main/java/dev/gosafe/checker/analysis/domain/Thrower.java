package dev.gosafe.checker.analysis.domain;

import dev.gosafe.checker.model.SourcePos;

/**
 * What threw the exception a path is propagating: {@code what} is e.g. {@code "save() throws"}.
 * {@code ordinary} is false for exceptions that only misuse raises (an add/done/close/cancel
 * that throws), which rules about "X is skipped if something throws" do not count.
 */
public record Thrower(SourcePos pos, String what, boolean ordinary) {}
