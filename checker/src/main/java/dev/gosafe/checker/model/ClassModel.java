package dev.gosafe.checker.model;

import java.util.List;

/**
 * A class (top-level, nested, local or anonymous) with its methods. Nested classes are separate
 * ClassModels in the same {@link FileModel}.
 *
 * @param fields fields of concurrency types, with their kinds
 */
public record ClassModel(String name, SourcePos pos, List<FieldModel> fields,
    List<MethodModel> methods) {

  /** A field whose type is a concurrency object. {@code initial} is its initializer's event, or null. */
  public record FieldModel(String name, ObjKind kind, boolean isFinal, Event.New initial) {}
}
