package dev.gosafe.checker.analysis.domain;

import dev.gosafe.checker.model.SourcePos;

/** What threw the exception a path is propagating: {@code what} is e.g. {@code "save()"} or {@code "the throw at line 12"}. */
public record Thrower(SourcePos pos, String what) {}
