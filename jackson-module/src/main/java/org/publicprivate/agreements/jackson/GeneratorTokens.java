package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.publicprivate.agreements.format.Name;
import org.publicprivate.agreements.format.TokenWriter;

/**
 * The format's {@link TokenWriter} over a Jackson 2 {@link JsonGenerator}; each of the format's
 * names is encoded once, as Jackson's bean serializers keep theirs.
 */
final class GeneratorTokens implements TokenWriter {
  /**
   * Every name of the format, encoded once: written from here, and looked for in the input by
   * {@link ParserTokens#nextName}.
   */
  static final SerializableString[] NAMES =
      Name.encodeAll(SerializedString::new, SerializableString[]::new);

  private final JsonGenerator generator;

  GeneratorTokens(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startArray() {
    try {
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(Name name) {
    try {
      generator.writeFieldName(NAMES[name.index()]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(String name) {
    try {
      generator.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(Name value) {
    try {
      generator.writeString(NAMES[value.index()]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(long value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      generator.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
