package org.publicprivate.agreements.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.FiscalYears;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.RelatedAgreement;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;
import org.publicprivate.agreements.SourceDocument;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.ValidationReport;

/**
 * The founding case: the memorandum of understanding on Busan's future-car industry ecosystem,
 * signed on 22 May 2023 by the city of Busan, Renault Korea Motors, the Busan auto-parts
 * cooperative, the Busan–Ulsan–Gyeongnam universities' council and Busan Technopark.
 *
 * <p>Every fact comes from the press article of that day (일간환경연합, 2023-05-22 17:30); what the
 * article does not state (an effective period, registration numbers, the other heads' names, how the
 * programme's 200억 원 splits by source or by year, official English names of the cooperative, the
 * council and the programme) is left out rather than guessed. The English summaries of the
 * commitments are translations of the article's clauses, not the agreement's own text. The article
 * announces the 11:00 ceremony of the same day; the record states the agreement as signed on that
 * date.
 *
 * <p>Of version 2's attributes it uses the three the article supports: the title its headline
 * gives ({@code 부산 미래차산업 생태계 구축을 위한 업무협약}) as an alias, the place of the centre
 * ("부산공장 내", without a region code, which the article does not give) and local talent as the
 * group the hiring is for ("지역인재 채용"). It states no quantity, no foreign amount, no language,
 * no identifier, and no condition or dependency between commitments: the programme's selection is
 * pursued "in connection with" the centre ("연구센터 설립과 연계하여"), but no commitment is made
 * conditional on it, so there is no {@code PROGRAMME_SELECTION} condition.
 *
 * <p>The same agreement is the JSON file {@code busan-future-car-mou-2023-05-22.json} among the
 * module's resources; {@link #versionOne()} is the file it was before version 2. Run it with
 * {@code mvn -B -q -DskipTests install && mvn -B -q -f examples/pom.xml exec:java}.
 */
public final class BusanFutureCarMou {
  static final PartyId BUSAN = PartyId.of("busan");
  static final PartyId RENAULT_KOREA = PartyId.of("renault-korea");
  static final PartyId PARTS_COOPERATIVE = PartyId.of("busan-auto-parts-cooperative");
  static final PartyId UNIVERSITY_COUNCIL = PartyId.of("bug-university-council");
  static final PartyId TECHNOPARK = PartyId.of("busan-technopark");
  static final ProgrammeId EXPORT_PROGRAMME = ProgrammeId.of("export-future-car-2024");

  private BusanFutureCarMou() {}

  /** The agreement, built with the model's builders. */
  public static Agreement agreement() {
    return Agreement.builder()
        .id(AgreementId.of("busan-future-car-mou-2023-05-22"))
        .title("부산 미래차산업 생태계 구축에 관한 업무협약")
        .englishTitle("Memorandum of understanding on building Busan's future-car industry ecosystem")
        .addAlias("부산 미래차산업 생태계 구축을 위한 업무협약")
        .kind(AgreementKind.MOU)
        .status(AgreementStatus.SIGNED)
        .purpose("르노코리아자동차의 '(가칭)부산에코클러스터센터' 설립과 연계하여 부산 미래차산업 생태계 조성에"
            + " 뜻을 모으고 상생 협력")
        .signing(signing())
        .addParties(
            Party.builder()
                .id(BUSAN)
                .name("부산광역시")
                .englishName("Busan Metropolitan City")
                .addAlias("부산시")
                .kind(PartyKind.LOCAL_GOVERNMENT)
                .representative(Person.of("박형준", "부산광역시장"))
                .build(),
            Party.builder()
                .id(RENAULT_KOREA)
                .name("르노코리아자동차")
                .englishName("Renault Korea Motors")
                .kind(PartyKind.COMPANY)
                .representative(Person.of("스테판 드블레즈", "대표이사"))
                .parentOrganisation("르노그룹")
                .build(),
            Party.builder()
                .id(PARTS_COOPERATIVE)
                .name("부산자동차부품공업협동조합")
                .kind(PartyKind.COOPERATIVE)
                .build(),
            Party.builder()
                .id(UNIVERSITY_COUNCIL)
                .name("부울경지역대학산학협력단장협의회")
                .addAlias("부울경대학산학협력단장협의회")
                .kind(PartyKind.ACADEMIC_ASSOCIATION)
                .build(),
            Party.builder()
                .id(TECHNOPARK)
                .name("부산테크노파크")
                .englishName("Busan Technopark")
                .kind(PartyKind.PUBLIC_INSTITUTION)
                .build())
        .addCommitments(
            commitment("busan-administrative-support", BUSAN,
                "미래차 산업 육성을 위한 인재 양성과 연구개발 확대를 위해 행정적으로 지원",
                "Administrative support for talent development and expanded R&D to foster the"
                    + " future-car industry",
                CommitmentCategory.ADMINISTRATIVE_SUPPORT),
            commitment("renault-eco-cluster-center", RENAULT_KOREA,
                "부산공장 내 연구개발 기능을 수행하는 '(가칭)부산에코클러스터센터' 설립",
                "Found the tentatively named Busan Eco Cluster Center, an R&D function inside the"
                    + " Busan plant",
                CommitmentCategory.FACILITY)
                .withLocation(Location.of("부산공장")),
            commitment("renault-regional-cooperation", RENAULT_KOREA,
                "산학연 연계를 통한 지역과의 상생 협력 강화",
                "Strengthen co-operation with the region through industry-academia-research links",
                CommitmentCategory.OTHER),
            commitment("renault-local-hiring", RENAULT_KOREA,
                "지역인재 채용",
                "Hire local talent",
                CommitmentCategory.EMPLOYMENT)
                .withBeneficiaryGroups("지역인재"),
            commitment("cooperative-collaboration-complex", PARTS_COOPERATIVE,
                "협업단지 구축",
                "Build a collaboration complex",
                CommitmentCategory.INFRASTRUCTURE),
            commitment("cooperative-parts-supply", PARTS_COOPERATIVE,
                "원활한 부품공급",
                "Keep the supply of parts smooth",
                CommitmentCategory.SUPPLY_CHAIN),
            commitment("council-tailored-curricula", UNIVERSITY_COUNCIL,
                "맞춤형 교과 신설",
                "Create tailored curricula",
                CommitmentCategory.EDUCATION),
            commitment("council-industry-academia-programmes", UNIVERSITY_COUNCIL,
                "산학협력 프로그램 운영",
                "Run industry-academia co-operation programmes",
                CommitmentCategory.EDUCATION),
            commitment("technopark-workforce-training", TECHNOPARK,
                "산학연 협력 기반 인력양성",
                "Industry-academia-research based workforce training",
                CommitmentCategory.TALENT_DEVELOPMENT),
            commitment("technopark-rnd-cooperation", TECHNOPARK,
                "연구개발 협력체계 구축",
                "Build an R&D co-operation system",
                CommitmentCategory.RESEARCH_AND_DEVELOPMENT))
        .addProgramme(
            FundedProgramme.builder()
                .id(EXPORT_PROGRAMME)
                .name("수출주도 미래차산업 혁신성장 기술지원 기반 구축사업")
                .description("르노코리아자동차의 연구센터 설립과 연계하여 국비사업으로 추진 중이며,"
                    + " 최종 선정을 위해 중앙부처 등과 협의 중")
                .leadParty(BUSAN)
                .period(FiscalYears.of(2024, 2027))
                .totalBudget(MoneyAmount.parse("200억 원"))
                .status(ProgrammeStatus.APPLIED)
                .build())
        .addRelatedAgreement(
            RelatedAgreement.builder()
                .relation(AgreementRelation.CONTINUES)
                .title("미래차 전략산업 생태계 구축 및 일자리 창출 공동노력 합의")
                .date(PartialDate.of(2021, 9))
                .addCounterparties("부산광역시", "르노그룹")
                .build())
        .addSource(
            SourceDocument.builder()
                .title("부산시, 르노코리아자동차 등과 지역 주도 미래차 생태계 조성")
                .publisher("일간환경연합")
                .publishedOn(LocalDate.of(2023, 5, 22))
                .build())
        .addKeywords("미래차", "부산에코클러스터센터")
        .build();
  }

  /**
   * The agreement as format version 1 holds it: without the alias, the place and the group of
   * beneficiaries that version 2 adds. Its canonical JSON is the founding file as it was before
   * version 2, {@code busan-future-car-mou-2023-05-22.version-1.json} among the module's
   * resources, byte for byte; the benchmarks measure version 1 documents made from it.
   */
  public static Agreement versionOne() {
    Agreement agreement = agreement();
    return agreement.withAliases().withCommitments(agreement.commitments().stream()
        .map(commitment -> commitment.withLocation(Optional.empty()).withBeneficiaryGroups())
        .toList());
  }

  private static Signing signing() {
    return Signing.builder()
        .date(LocalDate.of(2023, 5, 22))
        .time(LocalTime.of(11, 0))
        .venue("부산유라시아플랫폼")
        .addSignatories(
            Signatory.builder().party(BUSAN).name("박형준").title("부산광역시장").build(),
            Signatory.builder().party(RENAULT_KOREA).name("스테판 드블레즈").title("대표이사").build())
        .build();
  }

  private static Commitment commitment(
      String id, PartyId party, String summary, String englishSummary, CommitmentCategory category) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .addParty(party)
        .summary(summary)
        .englishSummary(englishSummary)
        .category(category)
        .obligation(ObligationLevel.BEST_EFFORTS)
        .build();
  }

  /**
   * Prints the agreement's Korean summary, its validation report, its canonical JSON and its
   * fingerprint.
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = Console.utf8();
    Agreement agreement = agreement();
    out.println(AgreementSummary.of(agreement, Locale.KOREAN));
    out.println();
    ValidationReport report = AgreementValidator.create(Locale.KOREAN).validate(agreement);
    out.println(ReportText.of(report, Locale.KOREAN));
    out.println();
    out.println(AgreementJson.prettyWriter(AgreementJson.newMapper()).writeValueAsString(agreement));
    out.println();
    out.println("fingerprint: " + AgreementJson.fingerprint(agreement));
    out.flush();
  }
}
