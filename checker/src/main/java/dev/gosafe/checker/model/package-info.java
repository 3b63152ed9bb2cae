/**
 * The concurrency model: a front-end-independent, structured description of a method and of the
 * task bodies it starts, in terms of concurrency events on abstract objects.
 *
 * <p>Front ends (the javac/Error Prone adapter, the JavaParser adapter) translate source into this
 * model; they resolve types and ask {@link dev.gosafe.checker.model.LibraryModels} what a call
 * means. Everything after that — control flow, the analyses, the messages — is shared and never
 * sees a javac or JavaParser type. See docs/design/model.md.
 *
 * <p>The model is structured (statements nest like Java's), not a graph: both front ends produce
 * it by a straightforward walk, and the shared analysis package builds the control-flow graph,
 * including exceptional and {@code finally} edges, in one place.
 */
package dev.gosafe.checker.model;
