package org.publicprivate.agreements.examples;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.AgreementStatusChange;
import org.publicprivate.agreements.Amendment;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.CommitmentStatusChange;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.ProgrammeStatusChange;
import org.publicprivate.agreements.ProgressReport;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.SourceKind;

/**
 * The investment agreement of {@link NaraeInvestmentAgreement} followed over three years: its
 * record on signing day, and its record in March 2029 with what became of each pledge. The land
 * is supplied, the state programme selects the access road and the road opens; the plant breaks
 * ground late, misses its first production milestone, and the investment deadline is amended; two
 * progress reports count the jobs (80, then 120 of 300명 이상) and the money spent. Every status
 * change, progress report and amendment cites the source document that reports it.
 *
 * <p><b>Illustrative only.</b> Like the agreement, every source document here is invented: the
 * titles, publishers such as 나래일보 and 나래시의회, the dates and the addresses (all under the
 * reserved {@code .example} domain) describe no real document, and no real event is recorded. The
 * canonical JSON of the two records is {@code examples/documents/narae-investment-signing-day.json}
 * and {@code examples/documents/narae-investment-2029.json}.
 *
 * <pre>{@code
 * Agreement now = NaraeFollowUp.latest();
 * now.achieved(QuantityUnit.JOBS); // 120, of 350 pledged
 * }</pre>
 */
public final class NaraeFollowUp {
  static final SourceId AGREEMENT_TEXT = SourceId.of("narae-agreement-text");
  static final SourceId SIGNING_PRESS = SourceId.of("narae-press-2026-03-09");
  static final SourceId SITE_NOTICE = SourceId.of("narae-notice-2026-09-30");
  static final SourceId SELECTION_NOTICE = SourceId.of("molit-notice-2026-11-20");
  static final SourceId GROUNDBREAKING_ARTICLE = SourceId.of("naraeilbo-2027-01-15");
  static final SourceId ROAD_PRESS = SourceId.of("narae-press-2027-04-02");
  static final SourceId COUNCIL_MINUTES = SourceId.of("narae-council-2027-07-08");
  static final SourceId AMENDMENT_PRESS = SourceId.of("narae-press-2027-09-01");
  static final SourceId ROAD_OPENING_PRESS = SourceId.of("narae-press-2028-11-28");
  static final SourceId EMPLOYMENT_DATA = SourceId.of("narae-data-2029-01-31");

  private static final int SITE = 0;
  private static final int ROAD = 1;
  private static final int PLANT = 2;
  private static final int FOREIGN_INVESTMENT = 3;
  private static final PartialDate SIGNED = PartialDate.of(2026, 3, 9);

  private NaraeFollowUp() {}

  /**
   * The record on signing day: the agreement of {@link NaraeInvestmentAgreement#agreement()} with
   * the agreement's text and the city's press release as identified sources, each status history
   * begun, and the milestones the agreement names, all planned. Valid, with no violation.
   */
  public static Agreement signingDay() {
    Agreement signed = NaraeInvestmentAgreement.agreement();
    List<Commitment> commitments = signed.commitments();
    FundedProgramme programme = signed.programmes().get(0);
    return signed
        .withStatusHistory(AgreementStatusChange.builder().status(AgreementStatus.SIGNED)
            .date(SIGNED).source(AGREEMENT_TEXT).build())
        .withSources(agreementText(), signingPress())
        .withCommitments(
            commitments.get(SITE)
                .withStatusHistory(pledge(CommitmentStatus.IN_PROGRESS,
                    "협약 체결 당시 부지 조성 공사 중"))
                .withSources(AGREEMENT_TEXT),
            commitments.get(ROAD)
                .withMilestones(
                    Milestone.builder().description("진입도로 착공").due(PartialDate.of(2027, 6))
                        .build(),
                    Milestone.builder().description("진입도로 개통").due(PartialDate.of(2028, 12))
                        .build())
                .withStatusHistory(pledge(CommitmentStatus.PLEDGED, null))
                .withSources(AGREEMENT_TEXT),
            commitments.get(PLANT)
                .withMilestones(
                    Milestone.builder().description("공장 착공").due(PartialDate.of(2026, 12)).build(),
                    Milestone.builder().description("1단계 생산라인 가동").due(PartialDate.of(2027, 12))
                        .addQuantity(Quantity.of(150, QuantityUnit.JOBS)).build())
                .withStatusHistory(pledge(CommitmentStatus.PLEDGED, null))
                .withSources(AGREEMENT_TEXT, SIGNING_PRESS),
            commitments.get(FOREIGN_INVESTMENT)
                .withStatusHistory(pledge(CommitmentStatus.PLEDGED, null))
                .withSources(AGREEMENT_TEXT, SIGNING_PRESS))
        .withProgrammes(programme
            .withStatusHistory(ProgrammeStatusChange.builder().status(ProgrammeStatus.APPLIED)
                .date(PartialDate.of(2026, 2)).note("국토교통부 공모에 신청").source(SIGNING_PRESS)
                .build())
            .withSources(SIGNING_PRESS));
  }

  /**
   * The record in March 2029, three years on: statuses, milestones, two progress reports of the
   * plant and one amendment added to {@link #signingDay()}, each citing its source. Valid, with no
   * violation.
   */
  public static Agreement latest() {
    Agreement signed = signingDay();
    List<Commitment> commitments = signed.commitments();
    FundedProgramme programme = signed.programmes().get(0);
    Commitment site = commitments.get(SITE);
    Commitment road = commitments.get(ROAD);
    Commitment plant = commitments.get(PLANT);
    List<SourceDocument> sources = new ArrayList<>(signed.sources());
    sources.addAll(List.of(
        source(SITE_NOTICE, SourceKind.OFFICIAL_NOTICE, "나래일반산업단지 산업시설용지 분양계약 체결 공고",
            "나래시", "https://www.narae.example/notice/2026-09-30", LocalDate.of(2026, 9, 30)),
        source(SELECTION_NOTICE, SourceKind.OFFICIAL_NOTICE,
            "2027년 산업단지 진입도로 지원사업 대상지 선정 결과 공고", "국토교통부",
            "https://www.molit.example/notice/2026-11-20", LocalDate.of(2026, 11, 20)),
        source(GROUNDBREAKING_ARTICLE, SourceKind.NEWS_ARTICLE, "한결에너지 나래공장 착공…\"2028년 양산\"",
            "나래일보", "https://www.naraeilbo.example/2027/01/15/hangyeol",
            LocalDate.of(2027, 1, 15)),
        source(ROAD_PRESS, SourceKind.PRESS_RELEASE, "나래일반산업단지 진입도로 착공", "나래시",
            "https://www.narae.example/news/press/2027-04-02", LocalDate.of(2027, 4, 2)),
        source(COUNCIL_MINUTES, SourceKind.MINUTES, "나래시의회 경제산업위원회 회의록 (2027년 7월 8일)",
            "나래시의회", "https://council.narae.example/minutes/2027-07-08",
            LocalDate.of(2027, 7, 8)),
        source(AMENDMENT_PRESS, SourceKind.PRESS_RELEASE,
            "나래시-한결에너지, 투자협약 변경…투자 기한 2029년 6월로 연장", "나래시",
            "https://www.narae.example/news/press/2027-09-01", LocalDate.of(2027, 9, 1)),
        source(ROAD_OPENING_PRESS, SourceKind.PRESS_RELEASE, "나래일반산업단지 진입도로 개통", "나래시",
            "https://www.narae.example/news/press/2028-11-28", LocalDate.of(2028, 11, 28)),
        source(EMPLOYMENT_DATA, SourceKind.DATASET, "나래시 투자유치 기업 고용 현황 (2028년 12월 말 기준)",
            "나래시", "https://data.narae.example/investment-employment/2028-12",
            LocalDate.of(2029, 1, 31))));
    List<CommitmentStatusChange> roadHistory = new ArrayList<>(road.statusHistory());
    roadHistory.add(change(CommitmentStatus.IN_PROGRESS, PartialDate.of(2027, 4, 2), "진입도로 착공",
        ROAD_PRESS));
    roadHistory.add(change(CommitmentStatus.FULFILLED, PartialDate.of(2028, 11, 28), "진입도로 개통",
        ROAD_OPENING_PRESS));
    List<CommitmentStatusChange> plantHistory = new ArrayList<>(plant.statusHistory());
    plantHistory.add(change(CommitmentStatus.IN_PROGRESS, PartialDate.of(2027, 1, 14), "공장 착공",
        GROUNDBREAKING_ARTICLE));
    List<SourceId> plantSources = new ArrayList<>(plant.sources());
    plantSources.addAll(
        List.of(GROUNDBREAKING_ARTICLE, COUNCIL_MINUTES, AMENDMENT_PRESS, EMPLOYMENT_DATA));
    return signed
        .withAmendments(Amendment.builder()
            .date(LocalDate.of(2027, 9, 1))
            .summary("한결에너지(주)의 투자 기한을 2027년 12월 31일에서 2029년 6월 30일로 연장")
            .addChangedPath("commitments[" + PLANT + "].due")
            .source(AMENDMENT_PRESS)
            .build())
        .withSources(sources)
        .withCommitments(
            site.withStatus(CommitmentStatus.FULFILLED)
                .withStatusHistory(site.statusHistory().get(0), change(CommitmentStatus.FULFILLED,
                    PartialDate.of(2026, 9, 30), "산업시설용지 분양계약 체결", SITE_NOTICE))
                .withSources(AGREEMENT_TEXT, SITE_NOTICE),
            road.withStatus(CommitmentStatus.FULFILLED)
                .withConditions(Condition.builder().from(road.conditions().get(0))
                    .status(ConditionStatus.MET).build())
                .withMilestones(
                    met(road.milestones().get(0), PartialDate.of(2027, 4, 2)),
                    met(road.milestones().get(1), PartialDate.of(2028, 11, 28)))
                .withStatusHistory(roadHistory)
                .withSources(AGREEMENT_TEXT, SELECTION_NOTICE, ROAD_PRESS, ROAD_OPENING_PRESS),
            plant.withStatus(CommitmentStatus.IN_PROGRESS)
                .withDue(LocalDate.of(2029, 6, 30))
                .withMilestones(
                    met(plant.milestones().get(0), PartialDate.of(2027, 1, 14)),
                    plant.milestones().get(1).withStatus(MilestoneStatus.MISSED))
                .withProgress(
                    ProgressReport.builder()
                        .asOf(PartialDate.of(2027, 6))
                        .summary("공장 건축 공정률 45%, 채용 진행 중")
                        .addAchieved(Quantity.of(80, QuantityUnit.JOBS))
                        .spent(MoneyAmount.parse("600억 원"))
                        .source(COUNCIL_MINUTES)
                        .build(),
                    ProgressReport.builder()
                        .asOf(PartialDate.of(2028, 12))
                        .summary("1단계 생산라인 시운전, 2단계 설비 발주")
                        .addAchieved(Quantity.of(120, QuantityUnit.JOBS))
                        .spent(MoneyAmount.parse("1,450억 원"))
                        .source(EMPLOYMENT_DATA)
                        .build())
                .withStatusHistory(plantHistory)
                .withSources(plantSources),
            commitments.get(FOREIGN_INVESTMENT))
        .withProgrammes(programme
            .withStatus(ProgrammeStatus.COMPLETED)
            .withStatusHistory(programme.statusHistory().get(0),
                programmeChange(ProgrammeStatus.SELECTED, PartialDate.of(2026, 11, 20),
                    SELECTION_NOTICE),
                programmeChange(ProgrammeStatus.IN_PROGRESS, PartialDate.of(2027, 4, 2), ROAD_PRESS),
                programmeChange(ProgrammeStatus.COMPLETED, PartialDate.of(2028, 11, 28),
                    ROAD_OPENING_PRESS))
            .withSources(SIGNING_PRESS, SELECTION_NOTICE, ROAD_PRESS, ROAD_OPENING_PRESS));
  }

  private static SourceDocument agreementText() {
    return source(AGREEMENT_TEXT, SourceKind.AGREEMENT_TEXT,
        "나래시-한결에너지(주)-Nordlicht Cells GmbH 이차전지 소재공장 투자협약서", "나래시",
        "https://www.narae.example/invest/2026-03-09-agreement.pdf", LocalDate.of(2026, 3, 9));
  }

  private static SourceDocument signingPress() {
    return SourceDocument.builder().from(source(SIGNING_PRESS, SourceKind.PRESS_RELEASE,
            "나래시, 한결에너지·노르틀리히트 셀스와 2,000억 원 규모 이차전지 투자협약 체결", "나래시",
            "https://www.narae.example/news/press/2026-03-09", LocalDate.of(2026, 3, 9)))
        .publishedTime(LocalTime.of(16, 0))
        .build();
  }

  private static SourceDocument source(SourceId id, SourceKind kind, String title,
      String publisher, String url, LocalDate publishedOn) {
    return SourceDocument.builder()
        .id(id)
        .kind(kind)
        .title(title)
        .publisher(publisher)
        .url(URI.create(url))
        .publishedOn(publishedOn)
        .language(Locale.KOREAN)
        .build();
  }

  /** The first entry of a commitment's history: its status on signing day, from the text. */
  private static CommitmentStatusChange pledge(CommitmentStatus status, String note) {
    return CommitmentStatusChange.builder().status(status).date(SIGNED)
        .note(Optional.ofNullable(note)).source(AGREEMENT_TEXT).build();
  }

  private static CommitmentStatusChange change(CommitmentStatus status, PartialDate date,
      String note, SourceId source) {
    return CommitmentStatusChange.builder().status(status).date(date).note(note).source(source)
        .build();
  }

  private static ProgrammeStatusChange programmeChange(ProgrammeStatus status, PartialDate date,
      SourceId source) {
    return ProgrammeStatusChange.builder().status(status).date(date).source(source).build();
  }

  private static Milestone met(Milestone milestone, PartialDate on) {
    return milestone.withStatus(MilestoneStatus.MET).withMetOn(on);
  }

  /** Prints the Korean summary of the latest record, its validation report and its JSON. */
  public static void main(String[] args) throws IOException {
    NaraeInvestmentAgreement.print(latest());
  }
}
