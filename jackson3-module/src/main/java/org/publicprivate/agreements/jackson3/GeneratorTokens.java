package org.publicprivate.agreements.jackson3;

import org.publicprivate.agreements.format.Name;
import org.publicprivate.agreements.format.TokenWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The format's {@link TokenWriter} over a Jackson 3 {@link JsonGenerator}; each of the format's
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
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(Name name) {
    generator.writeName(NAMES[name.index()]);
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void string(Name value) {
    generator.writeString(NAMES[value.index()]);
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }
}
