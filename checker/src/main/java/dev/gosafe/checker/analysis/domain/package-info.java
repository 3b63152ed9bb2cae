/**
 * The abstract domains: per-path {@link dev.gosafe.checker.analysis.domain.State}s made of lock
 * hold counts, symbolic counter balances, closed channels, open contexts, boolean locals and
 * aliases. Lattices declare their order; joins are derived from it.
 */
package dev.gosafe.checker.analysis.domain;
