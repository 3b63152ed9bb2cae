package dev.gosafe.checker.engine;

import java.nio.file.Path;

/**
 * A file that could not be checked: missing, unreadable, or not compiling.
 *
 * @param file the file, as it was given to the engine
 * @param line the 1-based line of the problem, or 0 when there is none
 * @param message what is wrong (for compile errors, javac's message)
 */
public record InputError(Path file, int line, String message) {}
