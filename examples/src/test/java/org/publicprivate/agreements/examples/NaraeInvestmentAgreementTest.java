package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;

/** The illustrative investment agreement in numbers: valid, summarised, and its JSON file. */
class NaraeInvestmentAgreementTest {
  private static final Path FILE = Path.of("documents/narae-investment-agreement.json");
  private final Agreement agreement = NaraeInvestmentAgreement.agreement();

  @Test
  void hasNoViolation() {
    assertThat(AgreementValidator.create(Locale.ENGLISH).validate(agreement).violations())
        .isEmpty();
  }

  @Test
  void pledgesItsNumbers() {
    assertThat(agreement.pledged(QuantityUnit.JOBS)).isEqualTo(350);
    assertThat(agreement.pledged(QuantityUnit.SQUARE_METRES)).isEqualTo(33_000);
    assertThat(agreement.pledged(QuantityUnit.OTHER)).isEqualTo(2);
    assertThat(agreement.totalPledged()).isEqualTo(MoneyAmount.parse("2,000억 원"));
  }

  @Test
  void theKoreanSummaryWritesQuantitiesQualifiersForeignAmountsAndConditions() {
    String summary = AgreementSummary.of(agreement, Locale.KOREAN);

    assertThat(summary)
        .contains("  - 나래시: 나래일반산업단지 내 공장 부지 3만 3,000㎡를 공급한다 [의무] 3만 3,000㎡\n"
            + "    장소: 나래일반산업단지\n")
        .contains("[의무] 2 km\n    장소: 나래일반산업단지\n    조건: 국비 공모 선정 (대기)\n"
            + "    선행 약속: narae-site-supply\n")
        .contains("[의무] 약 2,000억 원 · 300명 이상\n    대상: 지역 청년\n    장소: 나래일반산업단지\n"
            + "    선행 약속: narae-site-supply, narae-access-road\n")
        .contains("[노력] 1억 달러 · 약 50명\n");
  }

  @Test
  void theFileIsTheAgreementAsTheWriterWritesIt() throws IOException {
    byte[] written = (AgreementJson.prettyWriter(AgreementJson.newMapper())
        .writeValueAsString(agreement) + "\n").getBytes(StandardCharsets.UTF_8);
    ObjectMapper mapper = AgreementJson.newMapper();

    assertThat(written).isEqualTo(Files.readAllBytes(FILE));
    assertThat(mapper.readValue(Files.readAllBytes(FILE), Agreement.class)).isEqualTo(agreement);
  }
}
