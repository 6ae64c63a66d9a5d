package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writing helpers: names from {@link Names}, encoded once, and leaving out what the canonical form
 * leaves out (absent values, empty lists).
 */
final class Output {
  private Output() {}

  interface ValueWriter<T> {
    void write(JsonGenerator out, T value) throws IOException;
  }

  static void string(JsonGenerator out, SerializableString name, String value)
      throws IOException {
    out.writeFieldName(name);
    out.writeString(value);
  }

  static void constant(JsonGenerator out, SerializableString name, SerializableString value)
      throws IOException {
    out.writeFieldName(name);
    out.writeString(value);
  }

  static void number(JsonGenerator out, SerializableString name, long value) throws IOException {
    out.writeFieldName(name);
    out.writeNumber(value);
  }

  static void text(JsonGenerator out, SerializableString name, Optional<String> text)
      throws IOException {
    if (text.isPresent()) {
      string(out, name, text.get());
    }
  }

  static void strings(JsonGenerator out, SerializableString name, List<String> texts)
      throws IOException {
    if (!texts.isEmpty()) {
      out.writeFieldName(name);
      out.writeStartArray();
      for (String text : texts) {
        out.writeString(text);
      }
      out.writeEndArray();
    }
  }

  static void values(JsonGenerator out, SerializableString name, List<?> values)
      throws IOException {
    if (!values.isEmpty()) {
      out.writeFieldName(name);
      out.writeStartArray();
      for (Object value : values) {
        out.writeString(value.toString());
      }
      out.writeEndArray();
    }
  }

  /** The constants' names, encoded once, indexed by ordinal. */
  static SerializableString[] names(Enum<?>[] constants) {
    SerializableString[] names = new SerializableString[constants.length];
    for (Enum<?> constant : constants) {
      names[constant.ordinal()] = new SerializedString(constant.name());
    }
    return names;
  }

  static <T> void list(JsonGenerator out, SerializableString name, List<T> values,
      ValueWriter<T> writer) throws IOException {
    if (!values.isEmpty()) {
      out.writeFieldName(name);
      out.writeStartArray();
      for (T value : values) {
        writer.write(out, value);
      }
      out.writeEndArray();
    }
  }
}
