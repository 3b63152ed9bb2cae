package dev.gosafe.checker.analysis;

import dev.gosafe.checker.analysis.interleave.InterleavingAnalysis;
import dev.gosafe.checker.model.FileModel;
import java.util.ArrayList;
import java.util.List;

/** The one entry point of the shared analyses. (Scaffolding: the local rules are being written.) */
public final class Analyzer {
  private Analyzer() {}

  /** All rules' findings for one file, sorted by position. */
  public static List<Finding> analyze(FileModel file) {
    List<Finding> out = new ArrayList<>();
    out.addAll(InterleavingAnalysis.analyze(file));
    return out;
  }
}
