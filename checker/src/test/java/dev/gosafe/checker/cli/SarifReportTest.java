package dev.gosafe.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.Rules;
import dev.gosafe.checker.engine.Severity;
import dev.gosafe.checker.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckResult sample(Path file) {
    Diagnostic withFlow = new Diagnostic(file, 3, 5, Severity.WARNING, "ChannelDeadlock",
        "send blocks forever; start a receiver", "javac",
        List.of(new Finding.Step(new SourcePos(2, 5, 20), "main", "creates ch"),
            new Finding.Step(new SourcePos(3, 5, 40), "main", "sends on ch")));
    Diagnostic error = new Diagnostic(file, 4, 5, Severity.ERROR, "LockNotReleased",
        "mu stays locked; unlock in finally", "source", List.of());
    Diagnostic internal = new Diagnostic(file, 1, 1, Severity.WARNING, null,
        "gosafe internal error in A.f: boom", "javac", List.of());
    return new CheckResult(List.of(withFlow, error, internal),
        List.of(new InputError(dir.resolve("src/Bad.java"), 2, "';' expected")));
  }

  private Path source(String... lines) throws IOException {
    Path f = dir.resolve("src/A.java");
    Files.createDirectories(f.getParent());
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  @Test
  void structure() throws IOException {
    Path f = source("class A {", "  void f() {", "    ch.send(1);", "    mu.lock();", "}}");
    JsonNode log = JSON.readTree(SarifReport.render(sample(f), dir));
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals(1, log.get("runs").size());
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("gosafe", driver.get("name").asText());
    assertEquals(Rules.IDS.size(), driver.get("rules").size());
    for (int i = 0; i < Rules.IDS.size(); i++) {
      JsonNode rule = driver.get("rules").get(i);
      assertEquals(Rules.IDS.get(i), rule.get("id").asText());
      assertTrue(rule.get("helpUri").asText().endsWith("docs/rules/" + Rules.IDS.get(i) + ".md"));
      assertTrue(!rule.get("shortDescription").get("text").asText().isEmpty());
      assertTrue(!rule.get("help").get("text").asText().isEmpty());
    }
    JsonNode results = run.get("results");
    assertEquals(2, results.size(), "internal errors are notifications, not results");
    JsonNode first = results.get(0);
    assertEquals("ChannelDeadlock", first.get("ruleId").asText());
    assertEquals("warning", first.get("level").asText());
    assertEquals("send blocks forever; start a receiver", first.get("message").get("text").asText());
    JsonNode loc = first.get("locations").get(0).get("physicalLocation");
    assertEquals("src/A.java", loc.get("artifactLocation").get("uri").asText());
    assertEquals("%SRCROOT%", loc.get("artifactLocation").get("uriBaseId").asText());
    assertEquals(3, loc.get("region").get("startLine").asInt());
    assertEquals(5, loc.get("region").get("startColumn").asInt());
    assertEquals("javac", first.get("properties").get("engine").asText());
    JsonNode steps = first.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
    assertEquals(2, steps.size());
    assertEquals("main: creates ch", steps.get(0).get("location").get("message").get("text").asText());
    assertEquals("error", results.get(1).get("level").asText());
    assertEquals("source", results.get(1).get("properties").get("engine").asText());
    JsonNode invocation = run.get("invocations").get(0);
    assertEquals(false, invocation.get("executionSuccessful").asBoolean());
    assertEquals(2, invocation.get("toolExecutionNotifications").size());
  }

  @Test
  void fingerprintsIgnoreLineNumbersButSeparateOccurrences() throws IOException {
    Path f = source("class A {", "  void f() {", "    ch.send(1);", "    mu.lock();", "}}");
    String before = SarifReport.render(sample(f), dir);
    // the same code two lines lower: same fingerprints
    Files.writeString(f, "// moved\n// down\nclass A {\n  void f() {\n    ch.send(1);\n"
        + "    mu.lock();\n}}\n");
    CheckResult moved = new CheckResult(sample(f).findings().stream()
        .map(d -> new Diagnostic(d.file(), d.line() + 2, d.column(), d.severity(), d.ruleId(),
            d.message(), d.engine(), d.flow()))
        .toList(), List.of());
    String after = SarifReport.render(moved, dir);
    JsonNode a = JSON.readTree(before).get("runs").get(0).get("results");
    JsonNode b = JSON.readTree(after).get("runs").get(0).get("results");
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).get("partialFingerprints"), b.get(i).get("partialFingerprints"));
    }
    assertNotEquals(a.get(0).get("partialFingerprints"), a.get(1).get("partialFingerprints"));
  }

  @Test
  void validatesAgainstTheSarif210Schema() throws IOException {
    // the official schema, copied unmodified (origin: sarif-schema-2.1.0.json.origin)
    InputStream schemaText = getClass().getResourceAsStream("/sarif-schema-2.1.0.json");
    assertTrue(schemaText != null, "src/test/resources/sarif-schema-2.1.0.json is missing");
    Path f = source("class A {", "  void f() {", "    ch.send(1);", "    mu.lock();", "}}");
    JsonSchema schema;
    try (schemaText) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
    }
    Set<ValidationMessage> problems =
        schema.validate(JSON.readTree(SarifReport.render(sample(f), dir)));
    assertEquals(Set.of(), problems);
    Set<ValidationMessage> empty = schema.validate(JSON.readTree(
        SarifReport.render(new CheckResult(List.of(), List.of()), dir)));
    assertEquals(Set.of(), empty);
    // the validator is not vacuous: a level outside the enum is rejected
    String bad = SarifReport.render(sample(f), dir)
        .replace("\"level\": \"warning\"", "\"level\": \"fatal\"");
    assertTrue(!schema.validate(JSON.readTree(bad)).isEmpty());
  }
}
