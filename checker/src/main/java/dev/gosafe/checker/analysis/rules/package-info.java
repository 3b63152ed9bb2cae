/**
 * The rule logic of the local (within one task) rules: each class reads the shared
 * {@link dev.gosafe.checker.analysis.flow.MethodAnalysis} of a method or task body and reports
 * {@link dev.gosafe.checker.analysis.Finding}s at the positions SPEC.md fixes.
 */
package dev.gosafe.checker.analysis.rules;
