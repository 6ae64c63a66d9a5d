package org.publicprivate.agreements.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the canonical format, for services in other languages. Every
 * document this library writes validates against it.
 *
 * <p>It ships in the jar at {@value #RESOURCE}.
 *
 * <pre>{@code
 * Files.writeString(Path.of("agreement.schema.json"), AgreementSchema.text());
 * }</pre>
 */
public final class AgreementSchema {
  /** Where the schema is inside the jar. */
  public static final String RESOURCE = "org/publicprivate/agreements/jackson3/agreement.schema.json";

  private AgreementSchema() {}

  /** The schema as a stream of UTF-8 bytes; the caller closes it. */
  public static InputStream openStream() {
    InputStream in = AgreementSchema.class.getResourceAsStream("agreement.schema.json");
    if (in == null) {
      throw new IllegalStateException("The jar has no " + RESOURCE + "; it is damaged");
    }
    return in;
  }

  /** The schema as text. */
  public static String text() {
    try (InputStream in = openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
