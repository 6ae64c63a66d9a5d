package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.publicprivate.agreements.format.ModelType;
import org.publicprivate.agreements.format.Output;

/**
 * Writes one model type in its canonical form with the format's writer. The form is written
 * property by property, so the mapper's own settings for beans (property order, inclusion,
 * naming) do not change it.
 */
final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ModelType<T> model;
  private final boolean amountsAsStrings;

  ModelSerializer(ModelType<T> model, boolean amountsAsStrings) {
    super(model.type());
    this.model = model;
    this.amountsAsStrings = amountsAsStrings;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    try {
      model.write(new Output(new GeneratorTokens(out), amountsAsStrings), value);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
