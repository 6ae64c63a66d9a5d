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
    out.writeStringField("id", party.id().value());
    out.writeStringField("name", party.name());
    Output.text(out, "englishName", party.englishName());
    Output.strings(out, "aliases", party.aliases());
    out.writeStringField("kind", party.kind().name());
    if (party.businessRegistrationNumber().isPresent()) {
      out.writeStringField("businessRegistrationNumber",
          party.businessRegistrationNumber().get().toString());
    }
    if (party.corporateRegistrationNumber().isPresent()) {
      out.writeStringField("corporateRegistrationNumber",
          party.corporateRegistrationNumber().get().toString());
    }
    if (party.representative().isPresent()) {
      out.writeFieldName("representative");
      writePerson(out, party.representative().get());
    }
    Output.text(out, "parentOrganisation", party.parentOrganisation());
    if (party.website().isPresent()) {
      out.writeStringField("website", party.website().get().toString());
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
    out.writeStringField("name", person.name());
    Output.text(out, "title", person.title());
    out.writeEndObject();
  }
}
