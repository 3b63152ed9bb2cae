package dev.gosafe.benchmarks.checker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/*
 * Maintainer note. Writes a deterministic body of Java for the checker-overhead benchmark: the same
 * seed and class count always give byte-identical files. Each class has a few guarded fields and
 * about ten methods drawn from the templates of SourceTemplates (locks, WaitGroups, channels,
 * select, executors, threads, ErrGroup, RWMutex, Once, and plain code), each with its own names
 * and constants. About one class in twelve also gets one deliberately buggy method (a leaked
 * sender, an unlock outside finally), as real code bases have a few findings.
 */

/** Generates the benchmark's source set: {@code classes} files in packages {@code gen.pNN}. */
final class SourceSetGenerator {
  /** Methods per class before the optional bug; about 200 lines per class with the fields. */
  static final int METHODS_PER_CLASS = 10;

  private final long seed;
  private final int classes;

  SourceSetGenerator(long seed, int classes) {
    this.seed = seed;
    this.classes = classes;
  }

  /** Writes the files under {@code root} (created) and returns their paths, in order. */
  List<Path> writeTo(Path root) throws IOException {
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      String pkg = String.format("p%02d", i / 50);
      String name = String.format("Gen%04d", i);
      Path dir = root.resolve("gen").resolve(pkg);
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".java");
      Files.writeString(file, classText(random, "gen." + pkg, name), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private static String classText(Random r, String pkg, String name) {
    StringBuilder b = new StringBuilder(12_000);
    b.append("package ").append(pkg).append(";\n\n");
    b.append(SourceTemplates.IMPORTS);
    b.append("\n/** Generated for the gosafe checker-overhead benchmark. */\n");
    b.append("public class ").append(name).append(" {\n");
    b.append(SourceTemplates.FIELDS);
    List<String> templates = SourceTemplates.CORRECT;
    for (int m = 0; m < METHODS_PER_CLASS; m++) {
      String t = templates.get(r.nextInt(templates.size()));
      b.append(instantiate(t, r, m));
    }
    if (r.nextInt(12) == 0) {
      String t = SourceTemplates.BUGGY.get(r.nextInt(SourceTemplates.BUGGY.size()));
      b.append(instantiate(t, r, METHODS_PER_CLASS));
    }
    b.append("}\n");
    return b.toString();
  }

  /** Replaces the template's placeholders: $M method suffix, $N/$K small counts, $CAP capacities. */
  private static String instantiate(String template, Random r, int index) {
    // longer placeholders first: "$MS" before "$M", "$S"
    return template
        .replace("$MS", Integer.toString(10 + r.nextInt(490)))
        .replace("$CAP", Integer.toString(1 + r.nextInt(16)))
        .replace("$M", Integer.toString(index))
        .replace("$N", Integer.toString(2 + r.nextInt(7)))
        .replace("$K", Integer.toString(3 + r.nextInt(30)))
        .replace("$S", Integer.toString(r.nextInt(1000)));
  }
}
