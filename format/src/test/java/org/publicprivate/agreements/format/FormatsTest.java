package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.Attributes;
import org.publicprivate.agreements.attributes.PartyAttribute;
import org.publicprivate.agreements.attributes.PersonAttribute;

/**
 * The format covers every declaration of core: each declared type is a model type the adapters
 * register, each attribute has its name encoded once, and the limits are what MODEL.md's readers
 * promise.
 */
class FormatsTest {
  @Test
  void registersEveryTypeThatDeclaresAttributesAndTheValueTypesWrittenAsStrings() {
    List<Class<?>> registered = Formats.TYPES.stream().<Class<?>>map(ModelType::type).toList();
    List<String> names = registered.stream().map(Class::getSimpleName).toList();

    for (Class<? extends Attribute> declarations : Attributes.types()) {
      String owner = Attributes.of(declarations).get(0).ownerName();
      // The status changes share one declaration; each status enumeration has its own type.
      if (owner.equals("StatusChange")) {
        assertThat(names).contains("AgreementStatusChange", "CommitmentStatusChange",
            "ProgrammeStatusChange");
      } else {
        assertThat(names).contains(owner);
      }
    }
    assertThat(registered).hasSize(34).doesNotHaveDuplicates();
  }

  @Test
  void namesEveryDeclaredAttributeOnceInItsCanonicalOrder() {
    Set<Integer> indexes = new HashSet<>();
    String[] encoded = Name.encodeAll(text -> text, String[]::new);
    for (Class<? extends Attribute> declarations : Attributes.types()) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Name[] names = Name.of((Class) declarations);
      List<Attribute> attributes = Attributes.of(declarations);
      assertThat(names).hasSameSizeAs(attributes);
      for (Attribute attribute : attributes) {
        Name name = names[attribute.ordinal()];
        assertThat(name.text()).isEqualTo(attribute.jsonName());
        assertThat(encoded[name.index()]).isEqualTo(attribute.jsonName());
        assertThat(indexes.add(name.index())).as("index of %s", name).isTrue();
      }
    }
    assertThat(Shape.of(Party.class, PartyAttribute.class).describe())
        .isEqualTo("Party has id, name, englishName, aliases, kind, businessRegistrationNumber,"
            + " corporateRegistrationNumber, identifiers, representative, parentOrganisation,"
            + " website, extensions");
  }

  // RFC 8785 writes properties sorted by name; the reader checks the required ones by bit.
  @Test
  void aShapeSortsItsAttributesByJsonNameAndKnowsTheRequiredOnes() {
    Shape<PartyAttribute> party = Shape.of(Party.class, PartyAttribute.class);

    assertThat(party.owner()).isEqualTo(Party.class);
    assertThat(Arrays.stream(party.attributesByJsonName()).map(Attribute::jsonName))
        .containsExactly("aliases", "businessRegistrationNumber", "corporateRegistrationNumber",
            "englishName", "extensions", "id", "identifiers", "kind", "name",
            "parentOrganisation", "representative", "website");
    assertThat(party.find("englishName")).isEqualTo(PartyAttribute.ENGLISH_NAME);
    assertThat(party.find("english_name")).isNull();
    assertThat(party.required()).isEqualTo((1L << PartyAttribute.ID.ordinal())
        | (1L << PartyAttribute.NAME.ordinal()) | (1L << PartyAttribute.KIND.ordinal()));
    assertThatThrownBy(() -> Shape.of(Party.class, PersonAttribute.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PersonAttribute declares the attributes of Person, not of Party");
  }

  // The reader looks for the next property after the one read last, and anywhere else after that.
  @Test
  void aShapeFindsANameAfterAGivenOrdinalAndOutOfOrder() {
    Shape<PartyAttribute> party = Shape.of(Party.class, PartyAttribute.class);
    int afterId = PartyAttribute.ID.ordinal() + 1;

    for (PartyAttribute attribute : PartyAttribute.values()) {
      String name = new String(attribute.jsonName().toCharArray()); // equal, not the same instance
      for (int from = 0; from <= PartyAttribute.values().length; from++) {
        assertThat(party.find(name, from)).as("%s from %d", name, from).isEqualTo(attribute);
      }
    }
    assertThat(party.find("id", afterId)).isEqualTo(PartyAttribute.ID);
    assertThat(party.find("english_name", 0)).isNull();
    assertThat(party.find("english_name", PartyAttribute.values().length)).isNull();
    // another name with the hash code of a declared one ('k' + 1, 'i' - 31)
    assertThat("lJnd".hashCode()).isEqualTo("kind".hashCode());
    assertThat(party.find("lJnd", 0)).isNull();
  }

  // An adapter maps its parser's tokens by ordinal; here a stand-in enum of three tokens.
  enum ParserToken { OPEN, TEXT, CLOSE }

  @Test
  void aTokenTableMapsEveryParserTokenByItsOrdinal() {
    Token[] table = Token.table(ParserToken.values(), token -> switch (token) {
      case OPEN -> Token.START_OBJECT;
      case TEXT -> Token.STRING;
      case CLOSE -> Token.END_OBJECT;
    });

    assertThat(table).containsExactly(Token.START_OBJECT, Token.STRING, Token.END_OBJECT);
    assertThat(table[ParserToken.TEXT.ordinal()]).isEqualTo(Token.STRING);
  }

  @Test
  void refusesDocumentsBeyondTheLimitByTheirLength() {
    Utf8.checkLength(Limits.MAX_DOCUMENT_LENGTH);

    assertThatThrownBy(() -> Utf8.checkLength(Limits.MAX_DOCUMENT_LENGTH + 1))
        .isInstanceOf(FormatException.class)
        .hasMessage("the document is larger than 256 MiB (268435457 bytes)");
    assertThat(Limits.MAX_DOCUMENT_LENGTH).isEqualTo(256L * 1024 * 1024);
  }
}
