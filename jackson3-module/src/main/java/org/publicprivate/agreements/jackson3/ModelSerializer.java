package org.publicprivate.agreements.jackson3;

import org.publicprivate.agreements.format.ModelType;
import org.publicprivate.agreements.format.Output;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes one model type in its canonical form with the format's writer. The form is written
 * property by property, so the mapper's own settings for beans (property order, inclusion,
 * naming) do not change it.
 */
final class ModelSerializer<T> extends StdSerializer<T> {
  private final ModelType<T> model;
  private final boolean amountsAsStrings;

  ModelSerializer(ModelType<T> model, boolean amountsAsStrings) {
    super(model.type());
    this.model = model;
    this.amountsAsStrings = amountsAsStrings;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializationContext provider) {
    model.write(new Output(new GeneratorTokens(out), amountsAsStrings), value);
  }
}
