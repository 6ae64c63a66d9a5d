package org.publicprivate.agreements.jackson3;

import java.io.InputStream;
import org.publicprivate.agreements.format.Resources;

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
    return Resources.require(AgreementSchema.class.getResourceAsStream("agreement.schema.json"),
        RESOURCE);
  }

  /** The schema as text. */
  public static String text() {
    return Resources.text(openStream());
  }
}
