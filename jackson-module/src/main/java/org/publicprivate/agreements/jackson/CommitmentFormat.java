package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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

  // Names and constants encoded once, as Jackson's bean serializers keep theirs: a commitment is
  // the object written as many times over as the document is long.
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString PARTIES = new SerializedString("parties");
  private static final SerializableString SUMMARY = new SerializedString("summary");
  private static final SerializableString ENGLISH_SUMMARY = new SerializedString("englishSummary");
  private static final SerializableString CATEGORY = new SerializedString("category");
  private static final SerializableString OBLIGATION = new SerializedString("obligation");
  private static final SerializableString STATUS = new SerializedString("status");
  private static final SerializableString BENEFICIARIES = new SerializedString("beneficiaries");
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
    out.writeFieldName(ID);
    out.writeString(commitment.id().value());
    Output.values(out, PARTIES, commitment.parties());
    out.writeFieldName(SUMMARY);
    out.writeString(commitment.summary());
    if (commitment.englishSummary().isPresent()) {
      out.writeFieldName(ENGLISH_SUMMARY);
      out.writeString(commitment.englishSummary().get());
    }
    out.writeFieldName(CATEGORY);
    out.writeString(CATEGORY_NAMES[commitment.category().ordinal()]);
    out.writeFieldName(OBLIGATION);
    out.writeString(OBLIGATION_NAMES[commitment.obligation().ordinal()]);
    out.writeFieldName(STATUS);
    out.writeString(STATUS_NAMES[commitment.status().ordinal()]);
    Output.values(out, BENEFICIARIES, commitment.beneficiaries());
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
