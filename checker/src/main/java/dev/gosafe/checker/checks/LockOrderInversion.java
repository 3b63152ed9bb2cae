package dev.gosafe.checker.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.bugpatterns.BugChecker;

/** See the {@code @BugPattern} and docs/rules/LockOrderInversion.md. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Two locks are taken in opposite orders on different paths",
    severity = WARNING,
    tags = StandardTags.CONCURRENCY,
    linkType = CUSTOM,
    link = "https://github.com/gosafe-dev/gosafe/blob/main/docs/rules/LockOrderInversion.md")
public final class LockOrderInversion extends GosafeCheck {}
