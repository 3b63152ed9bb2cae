package dev.gosafe.checker.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.bugpatterns.BugChecker;

/** See the {@code @BugPattern} and docs/rules/DoubleLock.md. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "A non-reentrant lock is acquired again by the task that holds it, or a read lock is upgraded",
    severity = WARNING,
    tags = StandardTags.CONCURRENCY,
    linkType = CUSTOM,
    link = "https://github.com/gosafe-dev/gosafe/blob/main/docs/rules/DoubleLock.md")
public final class DoubleLock extends GosafeCheck {}
