package org.publicprivate.agreements.format;

import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.attributes.SignatoryAttribute;
import org.publicprivate.agreements.attributes.SigningAttribute;

/** The JSON of a {@link Signing} and its {@link Signatory signatories}. */
final class SigningFormat {
  static final Shape<SigningAttribute> SIGNING = Shape.of(Signing.class, SigningAttribute.class);
  static final Shape<SignatoryAttribute> SIGNATORY = Shape.of(Signatory.class, SignatoryAttribute.class);

  private SigningFormat() {}

  static Signing read(Input in) {
    Signing.Builder signing = in.builder(SIGNING, Signing::builder).clear();
    for (SigningAttribute attribute = in.first(SIGNING); attribute != null; ) {
      Object read = switch (attribute) {
        case DATE -> signing.date(Values.date(in));
        case TIME -> signing.time(Values.time(in));
        case VENUE -> signing.venue(in.string());
        case SIGNATORIES -> in.readArray(signing, (b, i) -> b.addSignatory(readSignatory(i)));
      };
      attribute = in.next(SIGNING);
    }
    return in.build(SIGNING, signing, Signing.Builder::build);
  }

  static Signatory readSignatory(Input in) {
    Signatory.Builder signatory = in.builder(SIGNATORY, Signatory::builder).clear();
    for (SignatoryAttribute attribute = in.first(SIGNATORY); attribute != null; ) {
      Object read = switch (attribute) {
        case PARTY -> signatory.party(Values.text(in, PartyId::of));
        case NAME -> signatory.name(in.string());
        case ENGLISH_NAME -> signatory.englishName(in.string());
        case TITLE -> signatory.title(in.string());
      };
      attribute = in.next(SIGNATORY);
    }
    return in.build(SIGNATORY, signatory, Signatory.Builder::build);
  }

  static void write(Output out, Signing signing) {
    for (SigningAttribute attribute = out.first(SIGNING); attribute != null; ) {
      Name name = SIGNING.name(attribute);
      Output written = switch (attribute) {
        case DATE -> out.value(name, signing.date(), Values::writeDate);
        case TIME -> out.value(name, signing.time(), Values::writeTime);
        case VENUE -> out.text(name, signing.venue());
        case SIGNATORIES -> out.list(name, signing.signatories(), SigningFormat::writeSignatory);
      };
      attribute = written.next(SIGNING, attribute);
    }
  }

  static void writeSignatory(Output out, Signatory signatory) {
    for (SignatoryAttribute attribute = out.first(SIGNATORY); attribute != null; ) {
      Name name = SIGNATORY.name(attribute);
      Output written = switch (attribute) {
        case PARTY -> out.string(name, signatory.party().value());
        case NAME -> out.string(name, signatory.name());
        case ENGLISH_NAME -> out.text(name, signatory.englishName());
        case TITLE -> out.text(name, signatory.title());
      };
      attribute = written.next(SIGNATORY, attribute);
    }
  }
}
