package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.publicprivate.agreements.validation.Documents.CITY;
import static org.publicprivate.agreements.validation.Documents.ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.PartyId;

/** The facade: one validator, reports in a stable order, errors and warnings, languages, threads. */
class AgreementValidatorTest {
  private static final Violation MISSING_SIGNATORY =
      new Violation(
          "agreement.signing.partyWithoutSignatory",
          Severity.WARNING,
          "parties[1]",
          "party \"hanbit-mobility\" has no signatory");

  /** Valid, with one warning: the company has no signatory. */
  private static Agreement warningOnly() {
    return Documents.agreement()
        .withSigning(Documents.signing().withSignatories(Documents.signatory(CITY, "박형준")));
  }

  /** Two errors (a blank title, a self-reference) and the warning of {@link #warningOnly()}. */
  private static Agreement twoErrorsAndAWarning() {
    return warningOnly()
        .withTitle(" ")
        .withRelatedAgreements(Documents.predecessor().withAgreementId(ID));
  }

  @Test
  void returnsEqualReportsForTheSameDocument() {
    ValidationReport first = Validators.ENGLISH.validate(ManyRulesAtOnceTest.document());
    ValidationReport second = Validators.ENGLISH.validate(ManyRulesAtOnceTest.document());

    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(second.violations()).containsExactlyElementsOf(first.violations());
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @Test
  void tellsReportsOfDifferentDocumentsApartAndWritesOneViolationALine() {
    ValidationReport warning = Validators.ENGLISH.validate(warningOnly());
    ValidationReport three = Validators.ENGLISH.validate(twoErrorsAndAWarning());

    assertThat(three).isNotEqualTo(warning).doesNotHaveSameHashCodeAs(warning);
    assertThat(warning).isNotEqualTo(Validators.ENGLISH.validate(Documents.agreement()));
    assertThat(warning.toString()).isEqualTo(MISSING_SIGNATORY.toString());
    assertThat(three.toString().split("\n"))
        .containsExactlyElementsOf(three.violations().stream().map(Violation::toString).toList());
  }

  @Test
  void ordersViolationsByPathWithIndexesComparedAsNumbersThenByCode() {
    List<Commitment> commitments = new ArrayList<>();
    commitments.add(Documents.citySupport());
    commitments.add(Documents.companyCentre());
    IntStream.range(2, 11)
        .mapToObj(i -> Documents.commitment("hiring-" + i, PartyId.of("ghost-" + i)))
        .forEach(commitments::add);
    Agreement agreement = Documents.agreement().withCommitments(commitments).withTitle("");

    assertThat(Validators.english(agreement))
        .extracting(Violation::path)
        .containsExactly(
            "commitments[2].parties[0]",
            "commitments[3].parties[0]",
            "commitments[4].parties[0]",
            "commitments[5].parties[0]",
            "commitments[6].parties[0]",
            "commitments[7].parties[0]",
            "commitments[8].parties[0]",
            "commitments[9].parties[0]",
            "commitments[10].parties[0]",
            "title");
    assertThat(Validators.english(ManyRulesAtOnceTest.document()))
        .filteredOn(v -> v.path().equals("parties[2]"))
        .extracting(Violation::code)
        .containsExactly("agreement.signing.partyWithoutSignatory", "party.withoutCommitment");
  }

  @Test
  void splitsErrorsFromWarnings() {
    ValidationReport report = Validators.ENGLISH.validate(twoErrorsAndAWarning());

    assertThat(report.isValid()).isFalse();
    assertThat(report.errors())
        .extracting(Violation::code)
        .containsExactly("relatedAgreement.self", "text.blank");
    assertThat(report.errors()).allMatch(Violation::isError);
    assertThat(report.warnings()).containsExactly(MISSING_SIGNATORY);
    assertThat(report.violations()).hasSize(3).containsAll(report.errors()).contains(MISSING_SIGNATORY);
    assertThat(report.codes())
        .containsExactly(
            "agreement.signing.partyWithoutSignatory", "relatedAgreement.self", "text.blank");
  }

  @Test
  void callsAReportWithOnlyWarningsValid() {
    ValidationReport report = Validators.ENGLISH.validate(warningOnly());

    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).containsExactly(MISSING_SIGNATORY);
  }

  @Test
  void callsAnEmptyReportValid() {
    ValidationReport report = Validators.ENGLISH.validate(Documents.agreement());

    assertThat(report.isValid()).isTrue();
    assertThat(report.violations()).isEmpty();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.toString()).isEqualTo("no violations");
  }

  @Test
  void requireValidReturnsTheAgreementWhenItHasOnlyWarnings() {
    Agreement agreement = warningOnly();

    assertThat(Validators.ENGLISH.requireValid(agreement)).isSameAs(agreement);
  }

  @Test
  void requireValidThrowsAnExceptionListingEveryError() {
    Agreement agreement = twoErrorsAndAWarning();

    InvalidAgreementException thrown =
        catchThrowableOfType(
            InvalidAgreementException.class, () -> Validators.ENGLISH.requireValid(agreement));

    assertThat(thrown)
        .hasMessage(
            "Agreement busan-mobility-mou-2024 has 2 errors:\n"
                + "  ERROR relatedAgreement.self relatedAgreements[0].agreementId:"
                + " names this agreement's own id \"busan-mobility-mou-2024\"\n"
                + "  ERROR text.blank title: must not be blank");
    assertThat(thrown.report()).isEqualTo(Validators.ENGLISH.validate(agreement));
    assertThat(thrown.report().errors()).hasSize(2);
    assertThat(thrown.report().warnings()).containsExactly(MISSING_SIGNATORY);
  }

  @Test
  void theExceptionKeepsItsReportWhenSerialised() throws Exception {
    InvalidAgreementException thrown =
        catchThrowableOfType(
            InvalidAgreementException.class,
            () -> Validators.ENGLISH.requireValid(twoErrorsAndAWarning()));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    Object read;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }

    assertThat(read).isInstanceOf(InvalidAgreementException.class);
    assertThat(((InvalidAgreementException) read).report()).isEqualTo(thrown.report());
    assertThat(((InvalidAgreementException) read).getMessage()).isEqualTo(thrown.getMessage());
  }

  @Test
  void requireValidCountsASingleErrorInTheSingular() {
    Agreement agreement = Documents.agreement().withTitle("");

    InvalidAgreementException thrown =
        catchThrowableOfType(
            InvalidAgreementException.class, () -> Validators.KOREAN.requireValid(agreement));

    assertThat(thrown)
        .hasMessage(
            "Agreement busan-mobility-mou-2024 has 1 error:\n"
                + "  ERROR text.blank title: 비어 있으면 안 됩니다");
  }

  @Test
  void rejectsANullAgreementNamingIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> Validators.ENGLISH.validate(null))
        .withMessage("agreement");
    assertThatNullPointerException()
        .isThrownBy(() -> Validators.ENGLISH.requireValid(null))
        .withMessage("agreement");
  }

  @Test
  void rejectsANullLocaleNamingIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> AgreementValidator.create(null))
        .withMessage("locale");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ko", "ko-KR", "ko-KP", "ko-Kore-KR"})
  void speaksKoreanForEveryKoreanLocale(String tag) {
    AgreementValidator validator = AgreementValidator.create(Locale.forLanguageTag(tag));

    assertThat(validator.locale()).isEqualTo(Locale.KOREAN);
    assertThat(validator.validate(warningOnly()).violations())
        .extracting(Violation::message)
        .containsExactly("당사자 \"hanbit-mobility\"의 서명자가 없습니다");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "en-GB", "fr", "fr-FR", "ja-JP", "zh-CN", "und"})
  void speaksEnglishForEveryOtherLocale(String tag) {
    AgreementValidator validator = AgreementValidator.create(Locale.forLanguageTag(tag));

    assertThat(validator.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(validator.validate(warningOnly()).violations()).containsExactly(MISSING_SIGNATORY);
  }

  @Test
  void speaksKoreanForLocaleKoreaAndEnglishForLocaleFrench() {
    assertThat(AgreementValidator.create(Locale.KOREA).validate(warningOnly()).violations())
        .extracting(Violation::message)
        .containsExactly("당사자 \"hanbit-mobility\"의 서명자가 없습니다");
    assertThat(AgreementValidator.create(Locale.FRENCH).validate(warningOnly()).violations())
        .containsExactly(MISSING_SIGNATORY);
  }

  @Test
  void createFollowsTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.KOREA);
      AgreementValidator korean = AgreementValidator.create();
      Locale.setDefault(Locale.FRANCE);
      AgreementValidator english = AgreementValidator.create();

      assertThat(korean.locale()).isEqualTo(Locale.KOREAN);
      assertThat(korean.validate(warningOnly()).violations())
          .extracting(Violation::message)
          .containsExactly("당사자 \"hanbit-mobility\"의 서명자가 없습니다");
      assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
      assertThat(english.validate(warningOnly()).violations()).containsExactly(MISSING_SIGNATORY);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void keepsItsLanguageWhenTheDefaultLocaleChangesLater() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.KOREA);

      assertThat(Validators.ENGLISH.validate(warningOnly()).violations())
          .containsExactly(MISSING_SIGNATORY);
      Locale.setDefault(Locale.US);
      assertThat(Validators.KOREAN.validate(warningOnly()).violations())
          .extracting(Violation::message)
          .containsExactly("당사자 \"hanbit-mobility\"의 서명자가 없습니다");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void givesEqualReportsFromEightThreadsAsFromOne() throws Exception {
    List<Agreement> documents =
        List.of(
            Documents.agreement(),
            warningOnly(),
            twoErrorsAndAWarning(),
            ManyRulesAtOnceTest.document(),
            ManyRulesAtOnceTest.loneSignedPartyWithoutASigning());
    List<AgreementValidator> validators = List.of(Validators.ENGLISH, Validators.KOREAN);
    List<ValidationReport> expected = new ArrayList<>();
    for (AgreementValidator validator : validators) {
      for (Agreement document : documents) {
        expected.add(validator.validate(document));
      }
    }
    int cases = expected.size();

    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        tasks.add(
            () -> {
              List<String> mismatches = new ArrayList<>();
              for (int i = 0; i < 400; i++) {
                int c = (i + offset) % cases;
                ValidationReport report =
                    validators.get(c / documents.size()).validate(documents.get(c % documents.size()));
                if (!report.equals(expected.get(c))) {
                  mismatches.add("case " + c + ":\n" + report);
                }
              }
              return mismatches;
            });
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> result : threads.invokeAll(tasks)) {
        mismatches.addAll(result.get());
      }

      assertThat(mismatches).isEmpty();
      assertThat(expected.get(3).violations()).hasSize(41);
    } finally {
      threads.shutdownNow();
    }
  }
}
