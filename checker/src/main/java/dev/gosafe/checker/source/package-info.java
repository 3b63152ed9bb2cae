/**
 * The JavaParser front end: checks source files without compiling them.
 *
 * <p>{@link dev.gosafe.checker.source.SourceModelBuilder} turns a JavaParser compilation unit into
 * the same {@link dev.gosafe.checker.model.FileModel} that the javac front end
 * ({@code dev.gosafe.checker.javac.JavacModelBuilder}) builds; the class, statement and expression
 * walkers ({@code Builder}, {@code Statements}, {@code ExprWalker}, {@code Calls}) mirror the javac
 * ones decision for decision, and {@code DifferentialTest} checks on the whole corpus that the two
 * models are equal. Types come from JavaParser's symbol solver ({@link
 * dev.gosafe.checker.source.TypeSolvers}: the JDK by reflection, the gosafe runtime and the class
 * path through their own class loader, the source roots), else from the file's imports and
 * declarations; names are resolved by Java's scoping rules, syntactically ({@code Names}); what a
 * call means comes from the library models through {@code EventFactory}.
 *
 * <p>{@link dev.gosafe.checker.source.SourceEngine} is the {@code Engine} on top: per-file worker
 * with a time budget and a size guard, parse problems as input errors, {@code @SuppressWarnings}
 * honoured, severities overridable.
 *
 * <p>Deliberate gaps (each silent, never a guess): a type the solver cannot resolve and no import
 * names makes calls on it unknown; a local declared without initializer and assigned once is not
 * treated as effectively final; enum constructors get no implicit {@code super()} call; a method
 * the solver cannot resolve is named {@code ?#name(?)} in unknown-call events.
 */
package dev.gosafe.checker.source;
