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

  @Test
  void writingTheBuilderMadeAgreementGivesTheFilesExactBytes() throws IOException {
    byte[] written = (AgreementJson.prettyWriter(mapper)
        .writeValueAsString(BusanFutureCarMou.agreement()) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(file());
  }
}
