package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;

/** The JSON of a {@link Signing} and its {@link Signatory signatories}. */
final class SigningFormat {
  static final Shape SIGNING = Shape.of(Signing.class, "date!", "time", "venue", "signatories");
  static final Shape SIGNATORY = Shape.of(Signatory.class, "party!", "name!", "title");

  private SigningFormat() {}

  static Signing read(JsonInput in) throws IOException {
    Signing.Builder signing = Signing.builder();
    in.readObject(SIGNING, name -> {
      switch (name) {
        case "date" -> signing.date(Values.date(in));
        case "time" -> signing.time(Values.time(in));
        case "venue" -> signing.venue(in.string());
        default -> in.readArray(() -> signing.addSignatory(readSignatory(in)));
      }
    });
    return in.build(Signing.class, signing::build);
  }

  static Signatory readSignatory(JsonInput in) throws IOException {
    Signatory.Builder signatory = Signatory.builder();
    in.readObject(SIGNATORY, name -> {
      switch (name) {
        case "party" -> signatory.party(Values.text(in, PartyId::of));
        case "name" -> signatory.name(in.string());
        default -> signatory.title(in.string());
      }
    });
    return in.build(Signatory.class, signatory::build);
  }

  static void write(JsonGenerator out, Signing signing) throws IOException {
    out.writeStartObject();
    Values.write(out, Names.DATE, signing.date());
    if (signing.time().isPresent()) {
      Values.write(out, Names.TIME, signing.time().get());
    }
    Output.text(out, Names.VENUE, signing.venue());
    Output.list(out, Names.SIGNATORIES, signing.signatories(), SigningFormat::writeSignatory);
    out.writeEndObject();
  }

  static void writeSignatory(JsonGenerator out, Signatory signatory) throws IOException {
    out.writeStartObject();
    Output.string(out, Names.PARTY, signatory.party().value());
    Output.string(out, Names.NAME, signatory.name());
    Output.text(out, Names.TITLE, signatory.title());
    out.writeEndObject();
  }
}
