package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The slots of a channel (the fields of ChanSlots) sit on a cache line of their own
 * (ChanSlotsPadBefore): no other field of Chan lies within 64 bytes of them. A field added later could land in a hole of the layout next
 * to them; this test says so, as a W1 slow-down would not.
 */
class ChanLayoutTest {

  @Test
  void noOtherFieldSharesACacheLineWithTheSlots() throws ReflectiveOperationException {
    // sun.misc.Unsafe by reflection: the test module does not read jdk.unsupported.
    Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
    Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
    theUnsafe.setAccessible(true);
    Object unsafe = theUnsafe.get(null);
    Method offsetOf = unsafeClass.getMethod("objectFieldOffset", Field.class);
    long refBytes = Math.abs(
        (long) offsetOf.invoke(unsafe, ChanSlots.class.getDeclaredField("sendSlot"))
            - (long) offsetOf.invoke(unsafe, ChanSlots.class.getDeclaredField("recvSlot")));
    assertTrue(refBytes == 4 || refBytes == 8, "the two slots are next to each other");
    // The slot group: every field of ChanSlots (the slots and the recv slot's lessee).
    long slotsFrom = Long.MAX_VALUE;
    long slotsTo = 0;
    for (Field f : ChanSlots.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        long at = (long) offsetOf.invoke(unsafe, f);
        slotsFrom = Math.min(slotsFrom, at);
        slotsTo = Math.max(slotsTo, at + bytes(f, refBytes));
      }
    }
    List<Field> others = new ArrayList<>();
    for (Class<?> c = Chan.class; c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.getName().matches("[pq][0-6]")) {
          continue;
        }
        if (c != ChanSlots.class) {
          others.add(f);
        }
      }
    }
    // Objects are 8-byte aligned, so a 64-byte line can start at any offset = 8k (mod 64) of the
    // object: the field and the slots must be on different lines for all eight.
    for (Field f : others) {
      long at = (long) offsetOf.invoke(unsafe, f);
      long end = at + bytes(f, refBytes);
      for (long shift = 0; shift < 64; shift += 8) {
        long fieldFirst = (at + shift) / 64;
        long fieldLast = (end - 1 + shift) / 64;
        long slotsFirst = (slotsFrom + shift) / 64;
        long slotsLast = (slotsTo - 1 + shift) / 64;
        assertTrue(
            fieldLast < slotsFirst || fieldFirst > slotsLast,
            f.getDeclaringClass().getSimpleName() + "." + f.getName() + " at offset " + at
                + " can share a cache line with the slots at " + slotsFrom + "-" + slotsTo);
      }
    }
  }

  private static long bytes(Field f, long refBytes) {
    return f.getType().isPrimitive() ? primitiveBytes(f.getType()) : refBytes;
  }

  private static long primitiveBytes(Class<?> type) {
    if (type == long.class || type == double.class) {
      return 8;
    }
    if (type == int.class || type == float.class) {
      return 4;
    }
    return type == boolean.class || type == byte.class ? 1 : 2;
  }
}
