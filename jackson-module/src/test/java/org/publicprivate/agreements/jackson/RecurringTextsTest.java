package org.publicprivate.agreements.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.SourceId;

/**
 * A reader makes each date and source id of a document once, however often the document cites
 * it: the values read are equal to those written, a bad text is reported where it stands even
 * after the same attribute read well elsewhere, and a document with more distinct texts than the
 * reader keeps reads whole.
 */
class RecurringTextsTest {
  private final ObjectMapper mapper = AgreementJson.newMapper();

  @Test
  void aDateAndASourceCitedByEveryCommitmentAreReadOnceAndEqualWhatWasWritten() throws Exception {
    Agreement written = withHistories(Documents.full(), 40, i -> PartialDate.of(2019, 7, 13));
    Agreement read = mapper.readValue(mapper.writeValueAsBytes(written), Agreement.class);

    assertThat(read).isEqualTo(written);
    CommitmentStatusChange first = read.commitments().get(0).statusHistory().get(0);
    for (Commitment commitment : read.commitments()) {
      CommitmentStatusChange change = commitment.statusHistory().get(0);
      assertThat(change.date()).isSameAs(first.date());
      assertThat(change.source()).containsSame(first.source().orElseThrow());
    }
  }

  @Test
  void aBadDateIsReportedWhereItStandsAfterTheSameAttributeReadWell() throws Exception {
    Agreement written = withHistories(Documents.full(), 3, i -> PartialDate.of(2019, 7, 13));
    String json = mapper.writeValueAsString(written);
    int second = json.indexOf("\"2019-07-13\"", json.indexOf("\"2019-07-13\"") + 1);
    String broken = json.substring(0, second) + "\"2019-02-30\"" + json.substring(second + 12);

    assertThatThrownBy(() -> mapper.readValue(broken, Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("commitments[1].statusHistory[0].date");
          assertThat(e.reason()).contains("a day of 2019-02");
        });
  }

  @Test
  void moreDistinctDatesThanTheReaderKeepsAllReadBack() throws Exception {
    Agreement written = withHistories(Documents.full(), 1_000,
        i -> PartialDate.of(1900 + i / 12 % 1000, 1 + i % 12));
    Agreement read = mapper.readValue(mapper.writeValueAsBytes(written), Agreement.class);

    assertThat(read).isEqualTo(written);
    assertThat(read.commitments().get(999).statusHistory().get(0).date())
        .isEqualTo(PartialDate.of(1983, 4));
  }

  private interface DateOf {
    PartialDate at(int index);
  }

  /** The agreement with {@code count} commitments, each with one status change citing one source. */
  private static Agreement withHistories(Agreement agreement, int count, DateOf dateOf) {
    Commitment original = agreement.commitments().get(0);
    SourceId source = agreement.sources().isEmpty() || agreement.sources().get(0).id().isEmpty()
        ? SourceId.of("press-2023") : agreement.sources().get(0).id().orElseThrow();
    List<Commitment> commitments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      commitments.add(Commitment.builder().from(original)
          .id(CommitmentId.of("c-" + i))
          .statusHistory(List.of(CommitmentStatusChange.builder()
              .status(CommitmentStatus.PLEDGED).date(dateOf.at(i)).source(source).build()))
          .build());
    }
    return agreement.withCommitments(commitments);
  }
}
