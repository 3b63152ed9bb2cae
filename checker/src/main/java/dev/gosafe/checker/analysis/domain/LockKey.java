package dev.gosafe.checker.analysis.domain;

import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.Ref;

/** A lock in one mode: the read and write sides of an {@code RWMutex} are held separately. */
public record LockKey(Ref lock, Event.Mode mode) {}
