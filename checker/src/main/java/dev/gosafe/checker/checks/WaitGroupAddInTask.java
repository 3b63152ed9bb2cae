package dev.gosafe.checker.checks;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.bugpatterns.BugChecker;

/** See the {@code @BugPattern} and docs/rules/WaitGroupAddInTask.md. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "WaitGroup.add is called inside the task it counts, racing with await",
    severity = WARNING,
    tags = StandardTags.CONCURRENCY,
    linkType = CUSTOM,
    link = "https://github.com/gosafe-dev/gosafe/blob/main/docs/rules/WaitGroupAddInTask.md")
public final class WaitGroupAddInTask extends GosafeCheck {}
