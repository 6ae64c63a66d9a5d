package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.ProgrammeId;

/** The JSON of a {@link Commitment}. */
final class CommitmentFormat {
  static final Shape COMMITMENT = Shape.of(Commitment.class, "id!", "parties", "summary!",
      "englishSummary", "category!", "obligation!", "status", "beneficiaries", "pledgedAmount",
      "due", "programme");
  private static final CommitmentCategory[] CATEGORIES = CommitmentCategory.values();
  private static final ObligationLevel[] OBLIGATIONS = ObligationLevel.values();
  private static final CommitmentStatus[] STATUSES = CommitmentStatus.values();

  // Constants encoded once, like the property names (Names): a commitment is the object written
  // as many times over as the document is long.
  private static final SerializableString[] CATEGORY_NAMES = Output.names(CATEGORIES);
  private static final SerializableString[] OBLIGATION_NAMES = Output.names(OBLIGATIONS);
  private static final SerializableString[] STATUS_NAMES = Output.names(STATUSES);

  private CommitmentFormat() {}

  static Commitment read(JsonInput in) throws IOException {
    Commitment.Builder commitment = Commitment.builder();
    in.readObject(COMMITMENT, name -> {
      switch (name) {
        case "id" -> commitment.id(Values.text(in, CommitmentId::of));
        case "parties" ->
            in.readArray(() -> commitment.addParty(Values.text(in, PartyId::of)));
        case "summary" -> commitment.summary(in.string());
        case "englishSummary" -> commitment.englishSummary(in.string());
        case "category" -> commitment.category(in.constant(CommitmentCategory.class, CATEGORIES));
        case "obligation" -> commitment.obligation(in.constant(ObligationLevel.class, OBLIGATIONS));
        case "status" -> commitment.status(in.constant(CommitmentStatus.class, STATUSES));
        case "beneficiaries" ->
            in.readArray(() -> commitment.addBeneficiary(Values.text(in, PartyId::of)));
        case "pledgedAmount" -> commitment.pledgedAmount(Values.money(in));
        case "due" -> commitment.due(Values.date(in));
        default -> commitment.programme(Values.text(in, ProgrammeId::of));
      }
    });
    return in.build(Commitment.class, commitment::build);
  }

  static void write(JsonGenerator out, Commitment commitment, boolean amountsAsStrings)
      throws IOException {
    out.writeStartObject();
    Output.string(out, Names.ID, commitment.id().value());
    Output.values(out, Names.PARTIES, commitment.parties());
    Output.string(out, Names.SUMMARY, commitment.summary());
    Output.text(out, Names.ENGLISH_SUMMARY, commitment.englishSummary());
    Output.constant(out, Names.CATEGORY, CATEGORY_NAMES[commitment.category().ordinal()]);
    Output.constant(out, Names.OBLIGATION, OBLIGATION_NAMES[commitment.obligation().ordinal()]);
    Output.constant(out, Names.STATUS, STATUS_NAMES[commitment.status().ordinal()]);
    Output.values(out, Names.BENEFICIARIES, commitment.beneficiaries());
    if (commitment.pledgedAmount().isPresent()) {
      Values.write(out, Names.PLEDGED_AMOUNT, commitment.pledgedAmount().get(), amountsAsStrings);
    }
    if (commitment.due().isPresent()) {
      Values.write(out, Names.DUE, commitment.due().get());
    }
    if (commitment.programme().isPresent()) {
      Output.string(out, Names.PROGRAMME, commitment.programme().get().value());
    }
    out.writeEndObject();
  }
}
