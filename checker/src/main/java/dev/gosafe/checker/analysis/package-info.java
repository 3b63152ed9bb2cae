/**
 * The shared analyses: control flow built from the structured model, the abstract domains (lock
 * holds, counters, channel states, contexts), their transfer functions, and the rule logic that
 * turns analysis results into {@link dev.gosafe.checker.analysis.Finding}s. Nothing here depends on
 * javac or JavaParser. Entry point: {@link dev.gosafe.checker.analysis.Analyzer}.
 */
package dev.gosafe.checker.analysis;
