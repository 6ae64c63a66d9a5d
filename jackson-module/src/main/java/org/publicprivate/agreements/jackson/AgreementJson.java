package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.format.Fingerprints;
import org.publicprivate.agreements.format.FormatException;
import org.publicprivate.agreements.format.Formats;
import org.publicprivate.agreements.format.JsonCanonicalizer;
import org.publicprivate.agreements.format.Limits;
import org.publicprivate.agreements.format.MalformedInputException;
import org.publicprivate.agreements.format.Utf8;

/**
 * Reading untrusted documents, and ready-made mappers with limits on the size and shape of a
 * document that suit agreements, and the indented form for files.
 *
 * <pre>{@code
 * Agreement agreement = AgreementJson.read(request.body());   // every failure an AgreementJsonException
 * ObjectMapper mapper = AgreementJson.newMapper();
 * String json = mapper.writeValueAsString(agreement);
 * }</pre>
 *
 * <p>{@link #read(byte[])} and {@link #read(InputStream)} create the parser themselves: they refuse
 * a document in another encoding than UTF-8 and apply {@link #STREAM_READ_CONSTRAINTS}, and report
 * every failure, the empty document included, as an {@link AgreementJsonException}. A mapper
 * reports what fails before the module's reader starts (an empty document, a first byte that is
 * not JSON) as Jackson's own exception.
 *
 * <p>{@link AgreementModule} alone never changes the mapper it is registered on: registering it
 * does not tighten the limits of a service's other documents.
 */
public final class AgreementJson {
  /**
   * The limits these readers and mappers read with ({@link Limits}): nesting depth 32, strings of
   * at most 1,000,000 characters, property names of at most 256, numbers of at most 32 digits,
   * documents of at most 256 MiB.
   */
  public static final StreamReadConstraints STREAM_READ_CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
      .maxStringLength(Limits.MAX_STRING_LENGTH)
      .maxNameLength(Limits.MAX_NAME_LENGTH)
      .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
      .maxDocumentLength(Limits.MAX_DOCUMENT_LENGTH)
      .build();

  private static final JsonFactory FACTORY = factory();

  private AgreementJson() {}

  private static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(STREAM_READ_CONSTRAINTS)
        // Jackson escapes characters beyond the Basic Multilingual Plane (emoji, rare Hanja) as
        // \uD83D\uDE97 when it writes bytes, but not when it writes a String; written whole, the
        // bytes are the same as the String's UTF-8, whichever a service asks for.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  /**
   * Reads one agreement, strictly, from the UTF-8 bytes of a document.
   *
   * @throws AgreementJsonException for any document that is not one agreement in the canonical
   *     format: with its path, its reason, and its line and column
   */
  public static Agreement read(byte[] document) throws AgreementJsonException {
    Objects.requireNonNull(document, "document");
    try {
      Utf8.check(document);
      try (JsonParser parser = FACTORY.createParser(document)) {
        return Formats.readDocument(new ParserTokens(parser), false, false);
      }
    } catch (FormatException e) {
      throw AgreementJsonException.of(e);
    } catch (IOException | UncheckedIOException e) {
      // Bytes in memory fail only as JSON; no I/O can fail.
      throw AgreementJsonException.of(FormatException.atStart(
          MalformedInputException.notJson(String.valueOf(e.getMessage()), e)));
    }
  }

  /**
   * Reads one agreement, strictly, from a stream of UTF-8 bytes, which it reads to the end of the
   * document and closes.
   *
   * @throws AgreementJsonException for any document that is not one agreement in the canonical
   *     format: with its path, its reason, and its line and column
   * @throws IOException if the stream cannot be read
   */
  public static Agreement read(InputStream document) throws IOException {
    Objects.requireNonNull(document, "document");
    try (InputStream in = Utf8.check(document);
        JsonParser parser = FACTORY.createParser(in)) {
      return Formats.readDocument(new ParserTokens(parser), false, false);
    } catch (FormatException e) {
      throw AgreementJsonException.of(e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

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
    return JsonMapper.builder(factory())
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
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

  /**
   * The fingerprint of an agreement: {@code sha256:} and 64 lower-case hexadecimal digits, the
   * SHA-256 of the RFC 8785 form ({@link #canonicalize}) of its document written with amounts as
   * strings. Equal agreements have equal fingerprints and any change of content changes it; the
   * member order, whitespace and amount notation of the document it was read from do not count. The
   * Jackson 3 module gives the same value, and any RFC 8785 library in another language computes
   * it from any copy of the document:
   *
   * <pre>{@code
   * AgreementJson.fingerprint(agreement)   // sha256:1f3a…, 71 characters
   * }</pre>
   */
  public static String fingerprint(Agreement agreement) {
    return Fingerprints.of(agreement);
  }

  /**
   * The RFC 8785 (JSON Canonicalization Scheme) form of any JSON text: members sorted by name in
   * UTF-16 code units, strings escaped as RFC 8785 says, numbers in ECMAScript's form ({@code
   * 4.50} is {@code 4.5}, {@code 1E30} is {@code 1e+30}), no whitespace. Any depth of nesting
   * is canonicalized without deep recursion.
   *
   * <pre>{@code
   * AgreementJson.canonicalize("{ \"b\": 2.50, \"a\": [true, 1E3] }")   // {"a":[true,1000],"b":2.5}
   * }</pre>
   *
   * @throws IllegalArgumentException naming the offset (in UTF-16 code units from 0) for text that
   *     is not one JSON value, an object with a name twice, a string with a lone surrogate, or a
   *     number beyond the finite doubles
   */
  public static String canonicalize(String json) {
    return JsonCanonicalizer.canonicalize(json);
  }
}
