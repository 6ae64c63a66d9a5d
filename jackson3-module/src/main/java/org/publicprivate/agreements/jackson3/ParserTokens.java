package org.publicprivate.agreements.jackson3;

import java.io.CharConversionException;
import java.io.UncheckedIOException;
import org.publicprivate.agreements.format.MalformedInputException;
import org.publicprivate.agreements.format.Name;
import org.publicprivate.agreements.format.Token;
import org.publicprivate.agreements.format.TokenReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/** The format's {@link TokenReader} over a Jackson 3 {@link JsonParser}. */
final class ParserTokens implements TokenReader {
  /** The format's token for each of Jackson's, by ordinal: one load per token read. */
  private static final Token[] TOKENS = Token.table(JsonToken.values(), ParserTokens::mapped);

  /**
   * The parser, which keeps the current token: this reader keeps no state of its own, so that
   * reading a token stores nothing but what the parser stores.
   */
  private final JsonParser parser;

  ParserTokens(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Token next() {
    try {
      return token(parser.nextToken());
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /** Compares the input with the name's encoded bytes, which Jackson does without decoding it. */
  @Override
  public boolean nextName(Name expected) {
    try {
      return parser.nextName(GeneratorTokens.NAMES[expected.index()]);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public Token current() {
    return token(parser.currentToken());
  }

  @Override
  public String name() {
    TokenStreamContext context = parser.streamReadContext();
    return context == null ? null : context.currentName();
  }

  @Override
  public String text() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public char[] textCharacters() {
    try {
      return parser.getStringCharacters(); // the parser's own buffer, lent until it moves
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public int textOffset() {
    try {
      return parser.getStringOffset();
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public int textLength() {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public boolean isBeyondLong() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public boolean fitsInt() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public long longValue() {
    try {
      return parser.getLongValue();
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public void skipChildren() {
    try {
      parser.skipChildren();
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  @Override
  public int line() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? 0 : Math.max(location.getLineNr(), 0);
  }

  @Override
  public int column() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? 0 : Math.max(location.getColumnNr(), 0);
  }

  /**
   * Jackson's exception for input it cannot read, as the format's; an I/O failure of the source
   * stays one. Decided by the exception's public type, never by its message.
   */
  private static RuntimeException malformed(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return MalformedInputException.tooLarge(e.getOriginalMessage(), e);
    }
    if (e instanceof JacksonIOException) {
      Throwable cause = e.getCause();
      return cause instanceof CharConversionException
          ? MalformedInputException.notJson(String.valueOf(cause.getMessage()), e)
          : new UncheckedIOException(((JacksonIOException) e).getCause());
    }
    return MalformedInputException.notJson(e.getOriginalMessage(), e);
  }

  private static Token token(JsonToken token) {
    return token == null ? Token.END_OF_INPUT : TOKENS[token.ordinal()];
  }

  private static Token mapped(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> Token.START_OBJECT;
      case END_OBJECT -> Token.END_OBJECT;
      case START_ARRAY -> Token.START_ARRAY;
      case END_ARRAY -> Token.END_ARRAY;
      case PROPERTY_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT -> Token.INTEGER;
      case VALUE_NUMBER_FLOAT -> Token.DECIMAL;
      case VALUE_TRUE, VALUE_FALSE -> Token.BOOLEAN;
      case VALUE_NULL -> Token.NULL;
      case NOT_AVAILABLE, VALUE_EMBEDDED_OBJECT -> Token.OTHER;
    };
  }
}
