package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.jackson.AgreementJsonException;

/** The documents the README feeds to the command-line tool are what they say they are. */
class ExampleDocumentsTest {
  private final ObjectMapper mapper = AgreementJson.newMapper();

  @Test
  void theDraftIsTheInvestmentAgreementWithItsMistakes() throws IOException {
    Path draft = Path.of("documents/ganasi-investment-draft.json");
    assertThat(mapper.readValue(Files.readAllBytes(draft), Agreement.class))
        .isEqualTo(GanasiInvestmentAgreement.withMistakes());
  }

  @Test
  void theMalformedDocumentHasAnUnknownPartyKind() {
    Path malformed = Path.of("documents/malformed-party-kind.json");
    assertThatThrownBy(() -> mapper.readValue(Files.readAllBytes(malformed), Agreement.class))
        .isInstanceOfSatisfying(AgreementJsonException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("parties[1].kind");
          assertThat(e.reason()).startsWith("unknown PartyKind \"CORPORATION\"; expected one of");
        });
  }

  @Test
  void theReorderedCopyIsTheFoundingAgreementInAnotherLayoutWithItsFingerprint()
      throws IOException {
    byte[] copy = Files.readAllBytes(Path.of("documents/busan-future-car-mou-reordered.json"));
    byte[] canonical = Files.readAllBytes(
        Path.of("src/main/resources/busan-future-car-mou-2023-05-22.json"));

    Agreement agreement = AgreementJson.read(copy);

    assertThat(agreement).isEqualTo(BusanFutureCarMou.agreement());
    assertThat(new String(copy, java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\n    \"keywords\": [\n        \"\\ubbf8")
        .contains("\"amount\": \"20000000000\"");
    assertThat(copy).isNotEqualTo(canonical);
    assertThat(AgreementJson.fingerprint(agreement))
        .isEqualTo(AgreementJson.fingerprint(AgreementJson.read(canonical)));
  }
}
