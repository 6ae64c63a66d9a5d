package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes one model type in its canonical form. The form is written property by property, so the
 * mapper's own settings for beans (property order, inclusion, naming) do not change it.
 */
final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Output.ValueWriter<T> writer;

  ModelSerializer(Class<T> type, Output.ValueWriter<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    writer.write(out, value);
  }
}
