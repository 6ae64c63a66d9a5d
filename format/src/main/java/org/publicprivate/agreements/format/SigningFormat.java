package org.publicprivate.agreements.format;

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
        case PARTY -> signatory.party(Values.partyId(in));
        case NAME -> signatory.name(in.string());
        case ENGLISH_NAME -> signatory.englishName(in.string());
        case TITLE -> signatory.title(in.string());
      };
      attribute = in.next(SIGNATORY);
    }
    return in.build(SIGNATORY, signatory, Signatory.Builder::build);
  }

  static void write(Output out, Signing signing) {
    out.start(SIGNING);
    out.value(SIGNING.name(SigningAttribute.DATE), signing.date(), Values::writeDate);
    out.value(SIGNING.name(SigningAttribute.TIME), signing.time(), Values::writeTime);
    out.text(SIGNING.name(SigningAttribute.VENUE), signing.venue());
    out.list(SIGNING.name(SigningAttribute.SIGNATORIES),
        signing.signatories(), SigningFormat::writeSignatory);
    out.end(SIGNING);
  }

  static void writeSignatory(Output out, Signatory signatory) {
    out.start(SIGNATORY);
    out.string(SIGNATORY.name(SignatoryAttribute.PARTY), signatory.party().value());
    out.string(SIGNATORY.name(SignatoryAttribute.NAME), signatory.name());
    out.text(SIGNATORY.name(SignatoryAttribute.ENGLISH_NAME), signatory.englishName());
    out.text(SIGNATORY.name(SignatoryAttribute.TITLE), signatory.title());
    out.end(SIGNATORY);
  }
}
