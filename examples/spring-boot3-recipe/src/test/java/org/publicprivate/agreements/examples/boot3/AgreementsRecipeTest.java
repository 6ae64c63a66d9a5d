package org.publicprivate.agreements.examples.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recipe under Spring Boot 3.5.7's dependency management (Hibernate Validator 8.0.3,
 * jakarta.validation-api 3.0.2, Jackson 2 as Boot manages it), over HTTP on the loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = AgreementsRecipeTest.RecipeApplication.class,
    properties = "server.address=127.0.0.1")
class AgreementsRecipeTest {
  private static final Path FOUNDING =
      Path.of("../src/main/resources/busan-future-car-mou-2023-05-22.json");

  @LocalServerPort
  private int port;

  @Autowired
  private ObjectMapper mapper;

  @Autowired
  private Validator validator;

  @Autowired
  private AgreementValidator agreementValidator;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void runsOnBootsOwnVersions() {
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
        .isEqualTo("8.0.3.Final");
    assertThat(mapper.version().toString()).startsWith("2.19.");
  }

  @Test
  void bootsObjectMapperWritesTheCanonicalBytes() throws Exception {
    Agreement founding = AgreementJson.read(Files.readAllBytes(FOUNDING));

    assertThat(mapper.writeValueAsString(founding))
        .isEqualTo(AgreementJson.newMapper().writeValueAsString(founding));
    assertThat(mapper.readValue(Files.readAllBytes(FOUNDING), Agreement.class)).isEqualTo(founding);
  }

  @Test
  void storesTheFoundingAgreementOverHttp() throws Exception {
    HttpResponse<byte[]> response = post(Files.readAllBytes(FOUNDING));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(AgreementJson.newMapper()
        .writeValueAsBytes(AgreementJson.read(Files.readAllBytes(FOUNDING))));
  }

  @Test
  void answersTheOnePartyDocumentWithOurCodesOnHibernateValidator8() throws Exception {
    Agreement founding = AgreementJson.read(Files.readAllBytes(FOUNDING));
    Agreement onlyBusan = founding.withId(AgreementId.of("busan-alone"))
        .withParties(founding.parties().get(0));

    HttpResponse<byte[]> response = post(AgreementJson.newMapper().writeValueAsBytes(onlyBusan));

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode violations = mapper.readTree(response.body()).get("violations");
    List<String> answered = new ArrayList<>();
    for (JsonNode violation : violations) {
      answered.add(violation.get(0).asText() + " " + violation.get(2).asText());
    }
    List<String> expected = AgreementValidator.create(Locale.KOREAN).validate(onlyBusan).errors()
        .stream().map(v -> v.code() + " " + v.path()).toList();
    assertThat(answered).hasSize(12).isEqualTo(expected);
    assertThat(validator.validate(founding)).isEmpty();
    assertThat(agreementValidator.validate(founding).warnings()).hasSize(3);
  }

  private HttpResponse<byte[]> post(byte[] body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/agreements"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import({AgreementsRecipe.class, AgreementsController.class})
  static class RecipeApplication {}

  @RestController
  static class AgreementsController {
    @PostMapping("/agreements")
    Agreement create(@Valid @RequestBody Agreement agreement) {
      return agreement;
    }
  }
}
