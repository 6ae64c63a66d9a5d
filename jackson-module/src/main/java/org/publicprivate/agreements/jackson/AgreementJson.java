package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Objects;

/**
 * Ready-made mappers for services that read agreements from untrusted sources, with limits on the
 * size and shape of a document that suit agreements, and the indented form for files.
 *
 * <pre>{@code
 * ObjectMapper mapper = AgreementJson.newMapper();
 * Agreement agreement = mapper.readValue(request.body(), Agreement.class);
 * }</pre>
 *
 * <p>{@link AgreementModule} alone never changes the mapper it is registered on: registering it
 * does not tighten the limits of a service's other documents. These mappers apply {@link
 * #STREAM_READ_CONSTRAINTS}, so that a hostile document cannot exhaust memory or stack, and
 * report every failure to read one of the model's types as an {@link AgreementJsonException} —
 * also those a plain mapper reports as its own exceptions because they happen before any
 * deserializer runs: an empty document, a first byte that is not JSON, an undecodable encoding.
 */
public final class AgreementJson {
  /**
   * The limits these mappers read with. A canonical document nests at most six levels deep, its
   * longest text is 4,000 characters and its largest number has 19 digits; the limits leave room
   * for unknown properties read leniently and for documents of 100,000 commitments:
   * nesting depth 32, strings of at most 1,000,000 characters, property names of at most 256,
   * numbers of at most 32 digits, documents of at most 256 MiB.
   */
  public static final StreamReadConstraints STREAM_READ_CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(32)
      .maxStringLength(1_000_000)
      .maxNameLength(256)
      .maxNumberLength(32)
      .maxDocumentLength(256L * 1024 * 1024)
      .build();

  private AgreementJson() {}

  /**
   * A new mapper with the strict default {@link AgreementModule} and the limits above. It writes
   * characters beyond the Basic Multilingual Plane whole in UTF-8, so {@code writeValueAsBytes} and
   * {@code writeValueAsString} give the same text; a plain mapper escapes them in bytes only.
   */
  public static ObjectMapper newMapper() {
    return newMapper(new AgreementModule());
  }

  /** A new mapper with the given module and the limits above. */
  public static ObjectMapper newMapper(AgreementModule module) {
    Objects.requireNonNull(module, "module");
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(STREAM_READ_CONSTRAINTS)
        // Jackson escapes characters beyond the Basic Multilingual Plane (emoji, rare Hanja) as
        // \uD83D\uDE97 when it writes bytes, but not when it writes a String; written whole, the
        // bytes are the same as the String's UTF-8, whichever a service asks for.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
    return new StrictObjectMapper(factory)
        .registerModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * The indentation for documents kept in files: two spaces, {@code "name": value}, one array
   * element a line, {@code \n} line ends — the same text as JavaScript's {@code
   * JSON.stringify(document, null, 2)} (with {@link #newMapper()}'s mappers, whose bytes keep
   * characters beyond the Basic Multilingual Plane whole, as JavaScript does). A new instance each
   * call, as pretty printers keep state.
   */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withRootSeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** A writer of {@code mapper} that indents with {@link #prettyPrinter()}. */
  public static ObjectWriter prettyWriter(ObjectMapper mapper) {
    return Objects.requireNonNull(mapper, "mapper").writer(prettyPrinter());
  }
}
