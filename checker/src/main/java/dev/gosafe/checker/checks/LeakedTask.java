package dev.gosafe.checker.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.bugpatterns.BugChecker;

/** See the {@code @BugPattern} and docs/rules/LeakedTask.md. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "A task can be left blocked or running forever, or an executor or thread is never shut down or joined",
    severity = WARNING,
    tags = StandardTags.CONCURRENCY,
    linkType = CUSTOM,
    link = "https://github.com/gosafe-dev/gosafe/blob/main/docs/rules/LeakedTask.md")
public final class LeakedTask extends GosafeCheck {}
