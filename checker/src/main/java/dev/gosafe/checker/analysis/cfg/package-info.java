/**
 * Control-flow graphs built from the structured model ({@link dev.gosafe.checker.analysis.cfg.Cfg#of}):
 * nodes for events, boolean assignments, binds and condition atoms, with NORMAL, TRUE/FALSE and
 * EXCEPTIONAL edges, {@code finally} copied per continuation and try-with-resources closes in
 * reverse order. Shared by the local rules and the interleaving analysis.
 */
package dev.gosafe.checker.analysis.cfg;
