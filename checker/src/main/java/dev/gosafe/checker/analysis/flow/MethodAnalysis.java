package dev.gosafe.checker.analysis.flow;

import dev.gosafe.checker.analysis.cfg.Cfg;
import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Stmt;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One method (or task body) analysed once for all rules: its CFG and the states entering each
 * node. {@link #completed()} is false when the state budget was exceeded; rules then stay silent.
 */
public final class MethodAnalysis {
  private final MethodModel method;
  private final String owner;
  private final String reportSignature;
  private final Cfg cfg;
  private final Dataflow.Result result;
  private final Summaries summaries;
  private final Map<Event, Set<Stmt>> loopsOf;

  private MethodAnalysis(MethodModel method, String owner, String reportSignature, Cfg cfg,
      Dataflow.Result result, Summaries summaries, Map<Event, Set<Stmt>> loopsOf) {
    this.method = method;
    this.owner = owner;
    this.reportSignature = reportSignature;
    this.cfg = cfg;
    this.result = result;
    this.summaries = summaries;
    this.loopsOf = loopsOf;
  }

  /**
   * Analyses {@code method}; findings in it are attributed to {@code owner} and
   * {@code reportSignature} (the enclosing non-lambda method for a task body).
   */
  public static MethodAnalysis of(MethodModel method, String owner, String reportSignature,
      Summaries summaries, int budget) {
    Cfg cfg = Cfg.of(method);
    Map<Event, Set<Stmt>> loops = Summaries.loopsOf(method.body());
    Dataflow.Result r = Dataflow.run(cfg, State.EMPTY, new Transfer(summaries, loops), budget);
    return new MethodAnalysis(method, owner, reportSignature, cfg, r, summaries, loops);
  }

  public MethodModel method() {
    return method;
  }

  public String owner() {
    return owner;
  }

  public String reportSignature() {
    return reportSignature;
  }

  public Cfg cfg() {
    return cfg;
  }

  public boolean completed() {
    return result != null;
  }

  public Summaries summaries() {
    return summaries;
  }

  /** The loops (Loop/Range statements) enclosing an event of this body. */
  public Set<Stmt> loopsOf(Event e) {
    return loopsOf.getOrDefault(e, Set.of());
  }

  /** The states entering {@code n} (empty when unreachable or not completed). */
  public Collection<State> in(Node n) {
    return result == null ? List.of() : result.in(n);
  }
}
