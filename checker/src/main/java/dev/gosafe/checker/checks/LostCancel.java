package dev.gosafe.checker.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.bugpatterns.BugChecker;

/** See the {@code @BugPattern} and docs/rules/LostCancel.md. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "A cancellable Context is not cancelled on every path",
    severity = WARNING,
    tags = StandardTags.CONCURRENCY,
    linkType = CUSTOM,
    link = "https://github.com/gosafe-dev/gosafe/blob/main/docs/rules/LostCancel.md")
public final class LostCancel extends GosafeCheck {}
