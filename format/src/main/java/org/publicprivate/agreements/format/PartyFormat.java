package org.publicprivate.agreements.format;

import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.attributes.IdentifierAttribute;
import org.publicprivate.agreements.attributes.PartyAttribute;
import org.publicprivate.agreements.attributes.PersonAttribute;

/** The JSON of a {@link Party}, its {@link Identifier identifiers} and of a {@link Person}. */
final class PartyFormat {
  static final Shape<PartyAttribute> PARTY = Shape.of(Party.class, PartyAttribute.class);
  static final Shape<IdentifierAttribute> IDENTIFIER =
      Shape.of(Identifier.class, IdentifierAttribute.class);
  static final Shape<PersonAttribute> PERSON = Shape.of(Person.class, PersonAttribute.class);
  private static final PartyKind[] KINDS = PartyKind.values();
  private static final Name[] KIND_NAMES = Name.of(PartyKind.class);

  private PartyFormat() {}

  static Party read(Input in) {
    Party.Builder party = in.builder(PARTY, Party::builder).clear();
    for (PartyAttribute attribute = in.first(PARTY); attribute != null; ) {
      Object read = switch (attribute) {
        case ID -> party.id(Values.text(in, PartyId::of));
        case NAME -> party.name(in.string());
        case ENGLISH_NAME -> party.englishName(in.string());
        case ALIASES -> in.readArray(party, (b, i) -> b.addAlias(i.string()));
        case KIND -> party.kind(in.constant(PartyKind.class, KINDS));
        case BUSINESS_REGISTRATION_NUMBER ->
            party.businessRegistrationNumber(Values.text(in, BusinessRegistrationNumber::parse));
        case CORPORATE_REGISTRATION_NUMBER ->
            party.corporateRegistrationNumber(Values.text(in, CorporateRegistrationNumber::parse));
        case IDENTIFIERS -> in.readArray(party, (b, i) -> b.addIdentifier(readIdentifier(i)));
        case REPRESENTATIVE -> party.representative(readPerson(in));
        case PARENT_ORGANISATION -> party.parentOrganisation(in.string());
        case WEBSITE -> party.website(Values.uri(in));
        case EXTENSIONS -> ExtensionFormat.read(in, party::putExtension);
      };
      attribute = in.next(PARTY);
    }
    return in.build(PARTY, party, Party.Builder::build);
  }

  static void write(Output out, Party party) {
    for (PartyAttribute attribute = out.first(PARTY); attribute != null; ) {
      Name name = PARTY.name(attribute);
      Output written = switch (attribute) {
        case ID -> out.string(name, party.id().value());
        case NAME -> out.string(name, party.name());
        case ENGLISH_NAME -> out.text(name, party.englishName());
        case ALIASES -> out.strings(name, party.aliases());
        case KIND -> out.constant(name, KIND_NAMES[party.kind().ordinal()]);
        case BUSINESS_REGISTRATION_NUMBER -> out.text(name, party.businessRegistrationNumber());
        case CORPORATE_REGISTRATION_NUMBER -> out.text(name, party.corporateRegistrationNumber());
        case IDENTIFIERS -> out.list(name, party.identifiers(), PartyFormat::writeIdentifier);
        case REPRESENTATIVE -> out.value(name, party.representative(), PartyFormat::writePerson);
        case PARENT_ORGANISATION -> out.text(name, party.parentOrganisation());
        case WEBSITE -> out.text(name, party.website());
        case EXTENSIONS -> ExtensionFormat.write(out, name, party.extensions());
      };
      attribute = written.next(PARTY, attribute);
    }
  }

  static Identifier readIdentifier(Input in) {
    String[] parts = new String[2];
    for (IdentifierAttribute attribute = in.first(IDENTIFIER); attribute != null; ) {
      Object read = switch (attribute) {
        case SCHEME -> parts[0] = in.string();
        case ID -> parts[1] = in.string();
      };
      attribute = in.next(IDENTIFIER);
    }
    return in.build(Identifier.class, () -> Identifier.of(parts[0], parts[1]));
  }

  static void writeIdentifier(Output out, Identifier identifier) {
    for (IdentifierAttribute attribute = out.first(IDENTIFIER); attribute != null; ) {
      Name name = IDENTIFIER.name(attribute);
      Output written = switch (attribute) {
        case SCHEME -> out.string(name, identifier.scheme());
        case ID -> out.string(name, identifier.id());
      };
      attribute = written.next(IDENTIFIER, attribute);
    }
  }

  static Person readPerson(Input in) {
    Person.Builder person = in.builder(PERSON, Person::builder).clear();
    for (PersonAttribute attribute = in.first(PERSON); attribute != null; ) {
      Object read = switch (attribute) {
        case NAME -> person.name(in.string());
        case ENGLISH_NAME -> person.englishName(in.string());
        case TITLE -> person.title(in.string());
      };
      attribute = in.next(PERSON);
    }
    return in.build(PERSON, person, Person.Builder::build);
  }

  static void writePerson(Output out, Person person) {
    for (PersonAttribute attribute = out.first(PERSON); attribute != null; ) {
      Name name = PERSON.name(attribute);
      Output written = switch (attribute) {
        case NAME -> out.string(name, person.name());
        case ENGLISH_NAME -> out.text(name, person.englishName());
        case TITLE -> out.text(name, person.title());
      };
      attribute = written.next(PERSON, attribute);
    }
  }
}
