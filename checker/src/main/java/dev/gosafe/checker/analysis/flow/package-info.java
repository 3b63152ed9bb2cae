/**
 * The disjunctive forward dataflow over a {@link dev.gosafe.checker.analysis.cfg.Cfg}: the
 * transfer function, loop and task-body counter summaries, and the per-method result shared by all
 * rules.
 */
package dev.gosafe.checker.analysis.flow;
