package org.publicprivate.agreements.jackson;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The properties of one JSON object of the format, in canonical order, and which are required. A
 * name written with a trailing {@code !} is required.
 */
final class Shape {
  private final Class<?> type;
  private final String[] names;
  private final Map<String, Integer> indexes;
  private final long required;

  private Shape(Class<?> type, String[] names, long required) {
    this.type = type;
    this.names = names;
    this.required = required;
    this.indexes = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      indexes.put(names[i], i);
    }
  }

  static Shape of(Class<?> type, String... declared) {
    String[] names = new String[declared.length];
    long required = 0;
    for (int i = 0; i < declared.length; i++) {
      boolean isRequired = declared[i].endsWith("!");
      names[i] = isRequired ? declared[i].substring(0, declared[i].length() - 1) : declared[i];
      if (isRequired) {
        required |= 1L << i;
      }
    }
    return new Shape(type, names, required);
  }

  Class<?> type() {
    return type;
  }

  int indexOf(String name) {
    Integer index = indexes.get(name);
    return index == null ? -1 : index;
  }

  String name(int index) {
    return names[index];
  }

  boolean isRequired(int index) {
    return (required & (1L << index)) != 0;
  }

  long required() {
    return required;
  }

  String describe() {
    return type.getSimpleName() + " has " + String.join(", ", Arrays.asList(names));
  }
}
