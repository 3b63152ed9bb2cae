package dev.gosafe.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.JavacEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's code blocks are what the integration tests and the runtime really use. */
class ReadmeTest {

  static final Path README = ExampleTest.REPO.resolve("README.md");
  static final Path IT = ExampleTest.REPO.resolve("checker/src/it");
  static final Path PLUGIN_IT = ExampleTest.REPO.resolve("maven-plugin/src/it");

  /** The fenced code blocks of README.md whose info string is {@code lang} ("" for none). */
  static List<String> blocks(String lang) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    boolean wanted = false;
    for (String line : Files.readAllLines(README)) {
      if (line.startsWith("```")) {
        if (current == null) {
          current = new StringBuilder();
          wanted = line.substring(3).strip().equals(lang);
        } else {
          if (wanted) {
            out.add(current.toString());
          }
          current = null;
        }
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return out;
  }

  private static String normalized(String xml) {
    return xml.replaceAll("<version>(@project\\.version@|[^<]*-SNAPSHOT)</version>",
            "<version>GOSAFE</version>")
        .replaceAll("\\s+", " ")
        .trim();
  }

  @Test
  void mavenSectionIsWhatTheIntegrationTestUses() throws IOException {
    String plugin = blocks("xml").get(0);
    String pom = Files.readString(IT.resolve("lock-not-released/pom.xml"));
    assertTrue(normalized(pom).contains(normalized(plugin)),
        "checker/src/it/lock-not-released/pom.xml does not contain README's plugin block");
    String error = Files.readString(IT.resolve("lock-not-released-error/pom.xml"));
    assertTrue(normalized(error).contains(normalized(plugin).replace(
        "-Xplugin:ErrorProne</arg>", "-Xplugin:ErrorProne -Xep:LockNotReleased:ERROR</arg>")));
  }

  @Test
  void mavenGoalSectionIsWhatThePluginIntegrationTestsUse() throws IOException {
    String plugin = blocks("xml").stream()
        .filter(b -> b.contains("<artifactId>gosafe-maven-plugin</artifactId>"))
        .findFirst().orElseThrow();
    String configuration = blocks("xml").stream()
        .filter(b -> b.startsWith("<configuration>")).findFirst().orElseThrow();
    String clean = Files.readString(PLUGIN_IT.resolve("clean-project/pom.xml"));
    assertTrue(normalized(clean).contains(normalized(plugin)),
        "maven-plugin/src/it/clean-project/pom.xml does not contain README's goal block");
    String buggy = Files.readString(PLUGIN_IT.resolve("buggy-project/pom.xml"));
    String configured = plugin.replace("  <executions>",
        configuration.strip().indent(2) + "  <executions>");
    assertTrue(normalized(buggy).contains(normalized(configured)),
        "maven-plugin/src/it/buggy-project/pom.xml does not contain README's goal block with"
            + " README's configuration");
  }

  @Test
  void jvmConfigIsWhatTheIntegrationTestUses() throws IOException {
    String readme = blocks("").stream()
        .filter(b -> b.startsWith("--add-exports")).findFirst().orElseThrow();
    for (String project : List.of("lock-not-released", "lock-not-released-error")) {
      assertEquals(readme, Files.readString(IT.resolve(project + "/.mvn/jvm.config")), project);
    }
    assertEquals(readme,
        Files.readString(PLUGIN_IT.resolve("buggy-project/.mvn/jvm.config")), "buggy-project");
  }

  @Test
  void runtimeExampleCompilesWithoutFindings(@TempDir Path dir) throws IOException {
    String snippet = blocks("java").get(0);
    StringBuilder body = new StringBuilder();
    for (String line : snippet.lines().toList()) {
      if (!line.startsWith("import ") && !line.isBlank()) {
        body.append("    ").append(line).append('\n');
      }
    }
    String source = """
        import dev.gosafe.*;
        import java.time.Duration;
        import java.util.List;

        class ReadmeExample {
          interface Log { void warn(String message); }

          static String fetch(String url) { return url; }

          static void crawl(List<String> urls, Chan<String> pages, Log log) {
        %s  }
        }
        """.formatted(body);
    Path file = dir.resolve("ReadmeExample.java");
    Files.writeString(file, source);
    CheckResult r = new JavacEngine(List.of(), Map.of()).check(List.of(file));
    assertEquals(List.of(), r.inputErrors(), source);
    assertEquals(List.of(), r.findings(), source);
  }
}
