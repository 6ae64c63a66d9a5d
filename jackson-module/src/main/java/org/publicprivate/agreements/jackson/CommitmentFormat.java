package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
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
    out.writeStringField("id", commitment.id().value());
    Output.values(out, "parties", commitment.parties());
    out.writeStringField("summary", commitment.summary());
    Output.text(out, "englishSummary", commitment.englishSummary());
    out.writeStringField("category", commitment.category().name());
    out.writeStringField("obligation", commitment.obligation().name());
    out.writeStringField("status", commitment.status().name());
    Output.values(out, "beneficiaries", commitment.beneficiaries());
    if (commitment.pledgedAmount().isPresent()) {
      Values.write(out, "pledgedAmount", commitment.pledgedAmount().get(), amountsAsStrings);
    }
    if (commitment.due().isPresent()) {
      Values.write(out, "due", commitment.due().get());
    }
    if (commitment.programme().isPresent()) {
      out.writeStringField("programme", commitment.programme().get().value());
    }
    out.writeEndObject();
  }
}
