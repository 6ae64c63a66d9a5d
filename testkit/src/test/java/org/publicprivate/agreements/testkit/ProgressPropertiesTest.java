package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;

/**
 * {@link Commitment#latestProgress()} and {@link Agreement#achieved(QuantityUnit)}, checked
 * against an independent computation over commitments whose reports come in any order.
 */
class ProgressPropertiesTest {

  /** A report as of a date with 0 to 3 achieved quantities of any unit. */
  private static final Gen<ProgressReport> REPORTS = Gens.combine(ValueGens.partialDates(),
      Gens.listOf(ValueGens.quantities(), 0, 3),
      (asOf, achieved) -> ProgressReport.builder().asOf(asOf).achieved(achieved).build());

  /** Valid agreements whose commitments have 0 to 4 reports each, in any order of dates. */
  private static final Gen<Agreement> WITH_PROGRESS = Gens.combine(
      AgreementGens.validAgreements(), Gens.listOf(Gens.listOf(REPORTS, 0, 4), 40, 40),
      (agreement, reports) -> {
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < agreement.commitments().size(); i++) {
          commitments.add(agreement.commitments().get(i).withProgress(reports.get(i)));
        }
        return agreement.withCommitments(commitments);
      });

  @PropertyTest
  void theLatestReportIsAReportNoneOfWhoseSuccessorsIsEarlierAndNoOtherIsLater() {
    Property.forAll(WITH_PROGRESS).verify(agreement -> {
      for (Commitment commitment : agreement.commitments()) {
        Optional<ProgressReport> latest = commitment.latestProgress();
        List<ProgressReport> reports = commitment.progress();

        assertThat(latest.isPresent()).isEqualTo(!reports.isEmpty());
        if (latest.isPresent()) {
          int at = reports.lastIndexOf(latest.get());
          PartialDate day = latest.get().asOf();
          for (int j = 0; j < reports.size(); j++) {
            boolean later = reports.get(j).asOf().earliest().isAfter(day.earliest());
            boolean tieAfter = j > at && reports.get(j).asOf().earliest().equals(day.earliest());
            assertThat(later || tieAfter).as("report %d after the latest", j).isFalse();
          }
        }
      }
    });
  }

  @PropertyTest
  void theLatestReportDoesNotDependOnTheOrderOfReportsWithDistinctDays() {
    Property.forAll(WITH_PROGRESS, Gens.longs(0, Long.MAX_VALUE)).verify((agreement, seed) -> {
      for (Commitment commitment : agreement.commitments()) {
        long days = commitment.progress().stream().map(r -> r.asOf().earliest()).distinct().count();
        if (days < commitment.progress().size()) {
          continue;
        }
        List<ProgressReport> shuffled = new ArrayList<>(commitment.progress());
        Collections.shuffle(shuffled, new java.util.Random(seed));

        assertThat(commitment.withProgress(shuffled).latestProgress())
            .isEqualTo(commitment.latestProgress());
      }
    });
  }

  @PropertyTest
  void achievedIsTheSumOfTheLatestReportsQuantitiesOfTheUnit() {
    Property.forAll(WITH_PROGRESS, Gens.elements(QuantityUnit.values()))
        .verify((agreement, unit) -> {
          BigInteger sum = BigInteger.ZERO;
          for (Commitment commitment : agreement.commitments()) {
            ProgressReport latest = null;
            for (ProgressReport report : commitment.progress()) {
              if (latest == null || !report.asOf().earliest().isBefore(latest.asOf().earliest())) {
                latest = report;
              }
            }
            if (latest != null) {
              for (Quantity quantity : latest.achieved()) {
                if (quantity.unit() == unit) {
                  sum = sum.add(BigInteger.valueOf(quantity.value()));
                }
              }
            }
          }

          assertThat(BigInteger.valueOf(agreement.achieved(unit))).isEqualTo(sum);
        });
  }
}
