package dev.gosafe.maven;

import dev.gosafe.checker.cli.EmbeddedCheck;
import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.Engine;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.JavacEngine;
import dev.gosafe.checker.engine.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/*
 * Maintainer note. Everything that decides what is found, and how it is reported, belongs to the
 * checker (dev.gosafe.checker.cli.EmbeddedCheck, the same steps as `gosafe check`): this class
 * only maps Maven's model (source roots, class path, configuration, log) onto it. The javac
 * engine runs javac and Error Prone inside Maven's JVM, which needs the --add-exports of
 * .mvn/jvm.config; without them the goal falls back to the source engine and says so once.
 * Engines keep no global state between runs (javac's per-compilation context holds the analysis
 * cache), so parallel module builds are safe.
 */

/**
 * Checks the module's main sources with gosafe's rules: javac with Error Prone for the files
 * that compile against the module's compile class path, the JavaParser source engine for the
 * rest. Prints each finding in Maven's format, writes a SARIF report and fails the build on
 * findings at or above {@link #failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Skips the check. */
  @Parameter(property = "gosafe.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The build fails on findings at or above this level: {@code warning} (the default, as for
   * {@code gosafe check --fail-on}), {@code error} or {@code never}.
   */
  @Parameter(property = "gosafe.failOn", defaultValue = "warning")
  private String failOn;

  /** Per-rule severity, rule ID to {@code ERROR}, {@code WARN} or {@code OFF}. */
  @Parameter
  private Map<String, String> severities = new LinkedHashMap<>();

  /**
   * Files not to check: glob patterns ({@code **}{@code /generated/**}) matched against each
   * file's path relative to its source root, with '/' separators.
   */
  @Parameter
  private List<String> excludes = new ArrayList<>();

  /** {@code auto} (javac where the file compiles, else the source engine), {@code javac}, {@code source}. */
  @Parameter(property = "gosafe.engine", defaultValue = "auto")
  private String engine;

  /** Where the SARIF 2.1.0 report is written. */
  @Parameter(property = "gosafe.sarifFile",
      defaultValue = "${project.build.directory}/gosafe.sarif")
  private File sarifFile;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("gosafe: skipped");
      return;
    }
    String level = failOn == null ? "warning" : failOn.trim().toLowerCase(Locale.ROOT);
    if (!List.of("warning", "error", "never").contains(level)) {
      throw new MojoExecutionException(
          "bad value '" + failOn + "' for failOn (gosafe.failOn): use warning, error or never");
    }
    Path base = project.getBasedir().toPath();
    List<Path> roots = new ArrayList<>();
    for (String r : project.getCompileSourceRoots()) {
      Path p = base.resolve(r);
      if (Files.isDirectory(p)) {
        roots.add(p);
      }
    }
    List<Path> files = SourceSelection.select(roots, excludes);
    if (files.isEmpty()) {
      log.info("gosafe: no Java sources to check");
      return;
    }

    Engine checker = engine(log);
    log.info("gosafe: checking " + files.size() + (files.size() == 1 ? " file" : " files")
        + " with the " + checker.name() + " engine");
    CheckResult result = EmbeddedCheck.sorted(checker.check(files), List.of(), base);

    for (Diagnostic d : result.findings()) {
      String line = MavenFormat.finding(d);
      if (d.severity() == Severity.ERROR && d.ruleId() != null) {
        log.error(line);
      } else {
        log.warn(line);
      }
    }
    for (InputError e : result.inputErrors()) {
      log.warn(MavenFormat.inputError(e));
    }
    writeSarif(result, base);
    String summary = EmbeddedCheck.summary(result, files.size());
    if (EmbeddedCheck.failing(result.findings(), level)) {
      throw new MojoFailureException(summary + " at or above failOn=" + level + "; report: "
          + sarifFile);
    }
    log.info(summary);
  }

  /** The engine chosen by {@link #engine}, falling back to the source engine without javac access. */
  private Engine engine(Log log) throws MojoExecutionException {
    String name = engine == null ? "auto" : engine.trim().toLowerCase(Locale.ROOT);
    if (!name.equals("source") && !JavacEngine.compilerAccessible()) {
      String why = "Maven's JVM cannot run javac in-process: add the --add-exports lines of"
          + " README.md (\"Add gosafe to a Maven build\") to .mvn/jvm.config";
      if (name.equals("javac")) {
        throw new MojoExecutionException("gosafe: " + why);
      }
      log.warn("gosafe: " + why + "; checking with the source engine only");
      name = "source";
    }
    try {
      return EmbeddedCheck.engine(name, classpath(), Map.copyOf(severities));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("gosafe: bad configuration: " + e.getMessage(), e);
    }
  }

  private List<Path> classpath() throws MojoExecutionException {
    try {
      List<Path> cp = new ArrayList<>();
      for (String e : project.getCompileClasspathElements()) {
        cp.add(Path.of(e));
      }
      return cp;
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("gosafe: the compile class path is not resolved", e);
    }
  }

  private void writeSarif(CheckResult result, Path base) throws MojoExecutionException {
    try {
      Path target = sarifFile.toPath();
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.writeString(target, EmbeddedCheck.sarif(result, base), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("gosafe: cannot write " + sarifFile + ": " + e, e);
    }
  }
}
