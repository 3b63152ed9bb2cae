package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.model.FileModel;
import java.util.List;

/** Cross-task rules (ChannelDeadlock, LeakedTask, cross-task ChannelCloseMisuse, LockOrderInversion). Scaffolding. */
public final class InterleavingAnalysis {
  private InterleavingAnalysis() {}

  public static List<Finding> analyze(FileModel file) {
    return List.of();
  }
}
