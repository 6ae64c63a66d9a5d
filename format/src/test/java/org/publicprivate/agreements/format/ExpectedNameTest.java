package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.attributes.PersonAttribute;

/**
 * What the reader expects next (decision 0021): a shape remembers, per place in an object, the
 * attribute that came there last, and {@link TokenReader#nextName}'s default moves to the next
 * token and compares its name. The two Jackson adapters' own {@code nextName} run in the
 * conformance suite ({@code PropertyOrderTest}).
 */
class ExpectedNameTest {
  @Test
  void aShapeExpectsWhatCameLastAtEachPlaceAndNothingBeforeItLearns() {
    Shape<PersonAttribute> shape = Shape.of(Person.class, PersonAttribute.class);
    assertThat(shape.expected(0)).isNull();

    shape.follows(0, PersonAttribute.NAME);
    shape.follows(1, PersonAttribute.TITLE);
    assertThat(shape.expected(0)).isEqualTo(PersonAttribute.NAME);
    assertThat(shape.expected(1)).isEqualTo(PersonAttribute.TITLE);
    assertThat(shape.expected(3)).isNull();

    shape.follows(1, PersonAttribute.ENGLISH_NAME);
    shape.follows(0, null); // an empty object
    assertThat(shape.expected(1)).isEqualTo(PersonAttribute.ENGLISH_NAME);
    assertThat(shape.expected(0)).isNull();
  }

  @Test
  void theDefaultNextNameMovesOnAndComparesTheNameRead() {
    Name name = Name.of(PersonAttribute.class)[PersonAttribute.NAME.ordinal()];
    Name title = Name.of(PersonAttribute.class)[PersonAttribute.TITLE.ordinal()];
    TokenReader reader = new Tokens(List.of(Token.START_OBJECT, Token.NAME, Token.STRING,
        Token.NAME, Token.STRING, Token.END_OBJECT), List.of("", "name", "name", "title", "title",
        ""));
    reader.next();

    assertThat(reader.nextName(name)).isTrue();
    assertThat(reader.current()).isEqualTo(Token.NAME);
    assertThat(reader.nextName(name)).isFalse(); // on the value, not a name
    assertThat(reader.current()).isEqualTo(Token.STRING);
    assertThat(reader.nextName(name)).isFalse(); // "title"
    assertThat(reader.current()).isEqualTo(Token.NAME);
    assertThat(reader.name()).isEqualTo("title");
    reader.next();
    assertThat(reader.nextName(title)).isFalse(); // the end of the object
    assertThat(reader.current()).isEqualTo(Token.END_OBJECT);
  }

  @Test
  void aRepeatedPropertyIsRefusedWhenItIsTheNameExpected() {
    // A shape expects, after "name", what came there last; force it to expect "name" again, so
    // that the second "name" is found on the expected path, not by the look-up.
    PartyFormat.PERSON.follows(PersonAttribute.NAME.ordinal() + 1, PersonAttribute.NAME);
    Tokens reader = new Tokens(List.of(Token.START_OBJECT, Token.NAME, Token.STRING,
        Token.NAME, Token.STRING, Token.END_OBJECT), List.of("", "name", "name", "name", "name",
        ""));
    reader.next();
    try {
      assertThatThrownBy(() -> PartyFormat.readPerson(new Input(reader, false)))
          .isInstanceOf(FormatException.class)
          .extracting(error -> ((FormatException) error).reason())
          .isEqualTo("property \"name\" appears twice");
      assertThat(reader.asked).last().isEqualTo("name: yes"); // the guess, right
    } finally {
      PartyFormat.PERSON.follows(PersonAttribute.NAME.ordinal() + 1, null);
    }
  }

  /** Tokens from a list, each with the name of the property it is in. */
  private static final class Tokens implements TokenReader {
    private final List<Token> tokens;
    private final List<String> names;
    private int at = -1;
    /** Each name {@link #nextName} was asked for, and whether the token was that name. */
    final List<String> asked = new ArrayList<>();

    Tokens(List<Token> tokens, List<String> names) {
      this.tokens = tokens;
      this.names = names;
    }

    @Override
    public Token next() {
      at++;
      return current();
    }

    @Override
    public boolean nextName(Name expected) {
      boolean found = TokenReader.super.nextName(expected);
      asked.add(expected.text() + (found ? ": yes" : ": no"));
      return found;
    }

    @Override
    public Token current() {
      return at < tokens.size() ? tokens.get(at) : Token.END_OF_INPUT;
    }

    @Override
    public String name() {
      return names.get(at);
    }

    @Override
    public String text() {
      return "text";
    }

    @Override
    public boolean isBeyondLong() {
      return false;
    }

    @Override
    public boolean fitsInt() {
      return true;
    }

    @Override
    public long longValue() {
      return 0;
    }

    @Override
    public void skipChildren() {}

    @Override
    public int line() {
      return 1;
    }

    @Override
    public int column() {
      return at + 1;
    }
  }
}
