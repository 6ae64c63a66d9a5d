package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;

/** The JSON of a {@link Party} and of a {@link Person}. */
final class PartyFormat {
  static final Shape PARTY = Shape.of(Party.class, "id!", "name!", "englishName", "aliases",
      "kind!", "businessRegistrationNumber", "corporateRegistrationNumber", "representative",
      "parentOrganisation", "website");
  static final Shape PERSON = Shape.of(Person.class, "name!", "title");
  private static final PartyKind[] KINDS = PartyKind.values();

  private PartyFormat() {}

  static Party read(JsonInput in) throws IOException {
    Party.Builder party = Party.builder();
    in.readObject(PARTY, name -> {
      switch (name) {
        case "id" -> party.id(Values.text(in, PartyId::of));
        case "name" -> party.name(in.string());
        case "englishName" -> party.englishName(in.string());
        case "aliases" -> in.readArray(() -> party.addAlias(in.string()));
        case "kind" -> party.kind(in.constant(PartyKind.class, KINDS));
        case "businessRegistrationNumber" ->
            party.businessRegistrationNumber(Values.text(in, BusinessRegistrationNumber::parse));
        case "corporateRegistrationNumber" ->
            party.corporateRegistrationNumber(Values.text(in, CorporateRegistrationNumber::parse));
        case "representative" -> party.representative(readPerson(in));
        case "parentOrganisation" -> party.parentOrganisation(in.string());
        default -> party.website(Values.uri(in));
      }
    });
    return in.build(Party.class, party::build);
  }

  static void write(JsonGenerator out, Party party) throws IOException {
    out.writeStartObject();
    Output.string(out, Names.ID, party.id().value());
    Output.string(out, Names.NAME, party.name());
    Output.text(out, Names.ENGLISH_NAME, party.englishName());
    Output.strings(out, Names.ALIASES, party.aliases());
    Output.string(out, Names.KIND, party.kind().name());
    if (party.businessRegistrationNumber().isPresent()) {
      Output.string(out, Names.BUSINESS_REGISTRATION_NUMBER,
          party.businessRegistrationNumber().get().toString());
    }
    if (party.corporateRegistrationNumber().isPresent()) {
      Output.string(out, Names.CORPORATE_REGISTRATION_NUMBER,
          party.corporateRegistrationNumber().get().toString());
    }
    if (party.representative().isPresent()) {
      out.writeFieldName(Names.REPRESENTATIVE);
      writePerson(out, party.representative().get());
    }
    Output.text(out, Names.PARENT_ORGANISATION, party.parentOrganisation());
    if (party.website().isPresent()) {
      Output.string(out, Names.WEBSITE, party.website().get().toString());
    }
    out.writeEndObject();
  }

  static Person readPerson(JsonInput in) throws IOException {
    Person.Builder person = Person.builder();
    in.readObject(PERSON, name -> {
      if (name.equals("name")) {
        person.name(in.string());
      } else {
        person.title(in.string());
      }
    });
    return in.build(Person.class, person::build);
  }

  static void writePerson(JsonGenerator out, Person person) throws IOException {
    out.writeStartObject();
    Output.string(out, Names.NAME, person.name());
    Output.text(out, Names.TITLE, person.title());
    out.writeEndObject();
  }
}
