package dev.gosafe.checker.model;

import java.util.List;

/** One compilation unit. {@code path} is as given to the front end (used in messages only). */
public record FileModel(String path, List<ClassModel> classes) {}
