package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.publicprivate.agreements.format.MalformedInputException;
import org.publicprivate.agreements.format.Name;
import org.publicprivate.agreements.format.Token;
import org.publicprivate.agreements.format.TokenReader;

/** The format's {@link TokenReader} over a Jackson 2 {@link JsonParser}. */
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
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  /** Compares the input with the name's encoded bytes, which Jackson does without decoding it. */
  @Override
  public boolean nextName(Name expected) {
    try {
      return parser.nextFieldName(GeneratorTokens.NAMES[expected.index()]);
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public Token current() {
    return token(parser.currentToken());
  }

  @Override
  public String name() {
    JsonStreamContext context = parser.getParsingContext();
    return context == null ? null : context.getCurrentName();
  }

  @Override
  public String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public char[] textCharacters() {
    try {
      return parser.getTextCharacters(); // the parser's own buffer, lent until it moves
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public int textOffset() {
    try {
      return parser.getTextOffset();
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public int textLength() {
    try {
      return parser.getTextLength();
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public boolean isBeyondLong() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public boolean fitsInt() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public long longValue() {
    try {
      return parser.getLongValue();
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public void skipChildren() {
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  @Override
  public int line() {
    JsonLocation location = parser.currentTokenLocation();
    return location == null ? 0 : Math.max(location.getLineNr(), 0);
  }

  @Override
  public int column() {
    JsonLocation location = parser.currentTokenLocation();
    return location == null ? 0 : Math.max(location.getColumnNr(), 0);
  }

  /**
   * Jackson's exception for input it cannot read, as the format's; an I/O failure of the source
   * stays one. Decided by the exception's public type, never by its message.
   */
  private static RuntimeException malformed(IOException e) {
    if (e instanceof StreamConstraintsException) {
      return MalformedInputException.tooLarge(((StreamConstraintsException) e).getOriginalMessage(), e);
    }
    if (e instanceof JsonProcessingException) {
      return MalformedInputException.notJson(((JsonProcessingException) e).getOriginalMessage(), e);
    }
    if (e instanceof CharConversionException) {
      return MalformedInputException.notJson(String.valueOf(e.getMessage()), e);
    }
    return new UncheckedIOException(e);
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
      case FIELD_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT -> Token.INTEGER;
      case VALUE_NUMBER_FLOAT -> Token.DECIMAL;
      case VALUE_TRUE, VALUE_FALSE -> Token.BOOLEAN;
      case VALUE_NULL -> Token.NULL;
      case NOT_AVAILABLE, VALUE_EMBEDDED_OBJECT -> Token.OTHER;
    };
  }
}
