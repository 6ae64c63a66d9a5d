package org.publicprivate.agreements.format;

import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Party;
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
        case ID -> party.id(Values.partyId(in));
        case NAME -> party.name(in.string());
        case ENGLISH_NAME -> party.englishName(in.string());
        case ALIASES -> in.readArray(party, (b, i) -> b.addAlias(i.string()));
        case KIND -> party.kind(in.constant(KINDS));
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
    out.start(PARTY);
    out.string(PARTY.name(PartyAttribute.ID), party.id().value());
    out.string(PARTY.name(PartyAttribute.NAME), party.name());
    out.text(PARTY.name(PartyAttribute.ENGLISH_NAME), party.englishName());
    out.strings(PARTY.name(PartyAttribute.ALIASES), party.aliases());
    out.constant(PARTY.name(PartyAttribute.KIND), KIND_NAMES[party.kind().ordinal()]);
    out.text(PARTY.name(PartyAttribute.BUSINESS_REGISTRATION_NUMBER),
        party.businessRegistrationNumber());
    out.text(PARTY.name(PartyAttribute.CORPORATE_REGISTRATION_NUMBER),
        party.corporateRegistrationNumber());
    out.list(PARTY.name(PartyAttribute.IDENTIFIERS),
        party.identifiers(), PartyFormat::writeIdentifier);
    out.value(PARTY.name(PartyAttribute.REPRESENTATIVE),
        party.representative(), PartyFormat::writePerson);
    out.text(PARTY.name(PartyAttribute.PARENT_ORGANISATION), party.parentOrganisation());
    out.text(PARTY.name(PartyAttribute.WEBSITE), party.website());
    ExtensionFormat.write(out, PARTY.name(PartyAttribute.EXTENSIONS), party.extensions());
    out.end(PARTY);
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
    out.start(IDENTIFIER);
    out.string(IDENTIFIER.name(IdentifierAttribute.SCHEME), identifier.scheme());
    out.string(IDENTIFIER.name(IdentifierAttribute.ID), identifier.id());
    out.end(IDENTIFIER);
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
    out.start(PERSON);
    out.string(PERSON.name(PersonAttribute.NAME), person.name());
    out.text(PERSON.name(PersonAttribute.ENGLISH_NAME), person.englishName());
    out.text(PERSON.name(PersonAttribute.TITLE), person.title());
    out.end(PERSON);
  }
}
