package org.publicprivate.agreements.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.publicprivate.agreements.conformance.Generated.call;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.Party;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.Signatory;
import org.publicprivate.agreements.Signing;

/**
 * Each attribute of version 2 alone makes a document of version 2, and the same document declaring
 * version 1 is refused at that attribute's path, in both modules; without it the document is
 * written with {@code "formatVersion": 1}.
 */
class FormatVersionTest {
  private static final PartyId CITY = PartyId.of("city");

  /** A version 1 agreement with a signatory, a represented party and a commitment. */
  private static Agreement version1() {
    return Agreement.builder()
        .id(AgreementId.of("v"))
        .title("투자협약")
        .kind(AgreementKind.INVESTMENT_AGREEMENT)
        .status(AgreementStatus.SIGNED)
        .signing(Signing.builder().date(LocalDate.of(2025, 3, 4))
            .addSignatory(Signatory.builder().party(CITY).name("홍길동").build()).build())
        .addParty(Party.builder().id(CITY).name("가나시").kind(PartyKind.LOCAL_GOVERNMENT)
            .representative(Person.of("홍길동", "가나시장")).build())
        .addCommitment(Commitment.builder().id(CommitmentId.of("c")).addParty(CITY)
            .summary("부지 공급").category(CommitmentCategory.FACILITY)
            .obligation(ObligationLevel.BINDING).pledgedAmount(MoneyAmount.parse("118억 원"))
            .build())
        .build();
  }

  private static Arguments part(String path, UnaryOperator<Agreement> change) {
    return Arguments.of(path, change);
  }

  private static UnaryOperator<Agreement> commitment(UnaryOperator<Commitment> change) {
    return agreement -> agreement.withCommitments(change.apply(agreement.commitments().get(0)));
  }

  static Stream<Arguments> version2Parts() {
    return Stream.of(
        part("aliases", a -> a.withAliases("가나 투자협약")),
        part("languages", a -> a.withLanguages(Locale.KOREAN)),
        part("prevailingLanguage", a -> a.withPrevailingLanguage(Locale.KOREAN)),
        part("signing.signatories[0].englishName", a -> a.withSigning(a.signing().orElseThrow()
            .withSignatories(a.signing().orElseThrow().signatories().get(0)
                .withEnglishName("Hong Gil-dong")))),
        part("parties[0].identifiers", a -> a.withParties(a.parties().get(0)
            .withIdentifiers(Identifier.of("KR-BRN", "1248100998")))),
        part("parties[0].representative.englishName", a -> a.withParties(a.parties().get(0)
            .withRepresentative(Person.builder().name("홍길동").englishName("Hong Gil-dong")
                .build()))),
        part("commitments[0].beneficiaryGroups",
            commitment(c -> c.withBeneficiaryGroups("지역 청년"))),
        part("commitments[0].amountQualifier",
            commitment(c -> c.withAmountQualifier(Qualifier.ABOUT))),
        part("commitments[0].foreignAmount",
            commitment(c -> c.withForeignAmount(ForeignAmount.parse("1억 달러")))),
        part("commitments[0].quantities",
            commitment(c -> c.withQuantities(Quantity.parse("300명 이상", QuantityUnit.JOBS)))),
        part("commitments[0].location", commitment(c -> c.withLocation(Location.of("가나공장")))),
        part("commitments[0].conditions",
            commitment(c -> c.withConditions(Condition.of(ConditionKind.SITE, "부지 확보")))),
        part("commitments[0].dependsOn", commitment(c -> c.withDependsOn(CommitmentId.of("c")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("version2Parts")
  void oneAttributeOfVersion2MakesAVersion2DocumentThatRefusesToDeclare1(String path,
      UnaryOperator<Agreement> change) {
    Agreement agreement = change.apply(version1());

    for (JsonLine line : JsonLine.both()) {
      byte[] version1 = line.write(version1(), false, false);
      assertThat(new String(version1, UTF_8)).as("%s: the agreement without it", line)
          .startsWith("{\"formatVersion\":1,");
      byte[] written = line.write(agreement, false, false);
      String json = new String(written, UTF_8);
      assertThat(json).as("%s: the agreement with %s", line, path)
          .startsWith("{\"formatVersion\":2,");
      assertThat(call(() -> line.read(written))).isEqualTo(agreement);

      byte[] declares1 = json.replaceFirst("^\\{\"formatVersion\":2,", "{\"formatVersion\":1,")
          .getBytes(UTF_8);
      JsonLine.Failure failure = line.failure(catchThrowable(() -> line.read(declares1)));
      assertThat(failure).as("%s refuses %s under formatVersion 1", line, path).isNotNull();
      assertThat(failure.path()).isEqualTo(path);
      String name = path.substring(path.lastIndexOf('.') + 1);
      assertThat(failure.reason()).isEqualTo("\"" + name
          + "\" needs formatVersion 2; the document declares formatVersion 1");
      JsonLine.Failure lenient = line.failure(
          catchThrowable(() -> line.readLeniently(declares1, Agreement.class)));
      assertThat(lenient).as("%s: the lenient mode refuses it too", line).isNotNull();
      assertThat(lenient.path()).isEqualTo(path);
    }
  }
}
