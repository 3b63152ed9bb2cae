/**
 * Go-style concurrency for Java: tasks on virtual threads, channels with select, WaitGroup,
 * Mutex/RWMutex, Once, Context and ErrGroup. See docs/runtime.md for the Go-to-gosafe mapping.
 */
package dev.gosafe;
