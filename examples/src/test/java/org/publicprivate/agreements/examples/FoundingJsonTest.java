package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;

class FoundingJsonTest {
  private final ObjectMapper mapper = AgreementJson.newMapper();

  private static byte[] file() throws IOException {
    try (InputStream in = FoundingJsonTest.class.getResourceAsStream(
        "/busan-future-car-mou-2023-05-22.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theFileHoldsTheAgreementTheBuildersMake() throws IOException {
    assertThat(mapper.readValue(file(), Agreement.class)).isEqualTo(BusanFutureCarMou.agreement());
  }

  /**
   * The founding file as it was before version 2: the agreement without the three facts of
   * version 2 is still written with those exact bytes, {@code "formatVersion": 1} included, and
   * reads back as that agreement; it still has the founding file's other content.
   */
  @Test
  void withoutItsVersionTwoFactsTheAgreementKeepsItsVersionOneBytes() throws IOException {
    byte[] versionOne;
    try (InputStream in = FoundingJsonTest.class.getResourceAsStream(
        "/busan-future-car-mou-2023-05-22.version-1.json")) {
      versionOne = in.readAllBytes();
    }
    Agreement withoutVersionTwo = BusanFutureCarMou.versionOne();
    byte[] written = (AgreementJson.prettyWriter(mapper).writeValueAsString(withoutVersionTwo)
        + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(new String(versionOne, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"formatVersion\": 1,");
    assertThat(written).isEqualTo(versionOne);
    assertThat(mapper.readValue(versionOne, Agreement.class)).isEqualTo(withoutVersionTwo);
    assertThat(withoutVersionTwo.withAliases(BusanFutureCarMou.agreement().aliases())
        .withCommitments(BusanFutureCarMou.agreement().commitments()))
        .isEqualTo(BusanFutureCarMou.agreement());
  }

  @Test
  void writingTheBuilderMadeAgreementGivesTheFilesExactBytes() throws IOException {
    byte[] written = (AgreementJson.prettyWriter(mapper)
        .writeValueAsString(BusanFutureCarMou.agreement()) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(file());
  }

  @Test
  void theFoundingAgreementHasThePublishedFingerprintFromTheBuildersAndFromTheFile()
      throws IOException {
    // The value the founding example prints and the README shows; a change of the agreement, of
    // the format or of the canonicalizer changes it.
    String published = "sha256:c17142f7915809150f105e89be02d738851da495eb87912522600e5aafa8eb15";

    assertThat(AgreementJson.fingerprint(BusanFutureCarMou.agreement())).isEqualTo(published);
    assertThat(AgreementJson.fingerprint(AgreementJson.read(file()))).isEqualTo(published);
  }
}
