package org.publicprivate.agreements.format;

import java.util.function.Function;

/** The kinds of token a {@link TokenReader} reports: JSON's, and the end of the input. */
public enum Token {
  /** <code>{</code>. */
  START_OBJECT("an object"),
  /** <code>}</code>. */
  END_OBJECT("the end of an object"),
  /** {@code [}. */
  START_ARRAY("an array"),
  /** {@code ]}. */
  END_ARRAY("the end of an array"),
  /** A property's name. */
  NAME("a property name"),
  /** A string value. */
  STRING("a string"),
  /** A number without fraction or exponent. */
  INTEGER("an integer"),
  /** A number with a fraction or an exponent. */
  DECIMAL("a decimal number"),
  /** {@code true} or {@code false}. */
  BOOLEAN("a boolean"),
  /** {@code null}. */
  NULL("null"),
  /** A token no JSON text has, such as an embedded object of a binary format. */
  OTHER("a value that is not JSON"),
  /** There is no more input. */
  END_OF_INPUT("the end of the input");

  private final String description;

  Token(String description) {
    this.description = description;
  }

  /** The token in the words of an error message, such as "an array". */
  public String description() {
    return description;
  }

  /**
   * A parser's tokens mapped to the format's, by their ordinals, for an adapter to look each token
   * up with one load: {@code table(JsonToken.values(), ParserTokens::mapped)[token.ordinal()]}.
   *
   * @param <E> the parser's token type
   */
  public static <E extends Enum<E>> Token[] table(E[] tokens, Function<E, Token> mapping) {
    Token[] table = new Token[tokens.length];
    for (E token : tokens) {
      table[token.ordinal()] = mapping.apply(token);
    }
    return table;
  }
}
