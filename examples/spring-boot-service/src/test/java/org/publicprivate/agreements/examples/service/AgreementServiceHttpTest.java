package org.publicprivate.agreements.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.jackson3.AgreementJson;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Severity;
import org.publicprivate.agreements.validation.Violation;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP on the loopback interface, as a client sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgreementServiceHttpTest {
  private static final Path FOUNDING =
      Path.of("../src/main/resources/busan-future-car-mou-2023-05-22.json");
  private static final Path MALFORMED = Path.of("../documents/malformed-party-kind.json");
  private static final JsonMapper MAPPER = AgreementJson.newMapper();
  private static final String PROBLEM_JSON = "application/problem+json";

  private static byte[] founding;
  private static Agreement foundingAgreement;

  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  @LocalServerPort
  private int port;

  @BeforeAll
  static void readFoundingAgreement() throws IOException {
    founding = Files.readAllBytes(FOUNDING);
    foundingAgreement = AgreementJson.read(founding);
  }

  @Test
  void storesTheFoundingAgreementAndGivesBackTheSameBytes() throws Exception {
    Agreement agreement = withId(foundingAgreement, "busan-founding-bytes");
    byte[] body = MAPPER.writeValueAsBytes(agreement);

    HttpResponse<byte[]> created = post(body, "application/json", Map.of());
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue(
        "http://127.0.0.1:" + port + "/agreements/busan-founding-bytes");
    assertThat(created.body()).isEqualTo(body);

    HttpResponse<byte[]> read = get("/agreements/busan-founding-bytes", Map.of());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(read.body()).isEqualTo(created.body());
    assertThat(AgreementJson.read(read.body())).isEqualTo(agreement);
  }

  @Test
  void acceptsTheFoundingAgreementAsItsFileHoldsItAndReportsItsThreeWarnings() throws Exception {
    HttpResponse<byte[]> created = post(founding, "application/json", Map.of());
    assertThat(created.statusCode()).isIn(201, 409);

    JsonNode report = json(get("/agreements/busan-future-car-mou-2023-05-22/report",
        Map.of()));
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("errors").asInt()).isZero();
    assertThat(report.get("warnings").asInt()).isEqualTo(3);
    JsonNode first = report.get("violations").get(0);
    assertThat(first.get("code").asString()).isEqualTo("agreement.signing.partyWithoutSignatory");
    assertThat(first.get("severity").asString()).isEqualTo("WARNING");
    assertThat(first.get("path").asString()).isEqualTo("parties[2]");
    assertThat(first.get("message").asString())
        .isEqualTo("당사자 \"busan-auto-parts-cooperative\"의 서명자가 없습니다");
    assertThat(first.has("error")).isFalse();
  }

  @Test
  void answersAnUnknownIdWithA404Problem() throws Exception {
    for (String id : List.of("no-such-agreement", "부산시")) {
      HttpResponse<byte[]> response = get("/agreements/"
          + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8), Map.of());
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
      assertThat(json(response).get("detail").asString())
          .isEqualTo("No agreement with the id \"" + id + "\" is stored");
    }
  }

  @Test
  void rejectsTheOnePartyDocumentWith422AndTwelveViolationsOfOurCodes() throws Exception {
    HttpResponse<byte[]> response = post(onePartyDocument(), "application/json",
        Map.of("Accept-Language", "en"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString())
        .isEqualTo("tag:publicprivate.org,2026:agreements:invalid-agreement");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("instance").asString()).isEqualTo("/agreements");
    JsonNode violations = problem.get("violations");
    assertThat(violations).hasSize(12);
    List<String> codes = new ArrayList<>();
    for (JsonNode violation : violations) {
      codes.add(violation.get("code").asString());
      assertThat(violation.get("severity").asString()).isEqualTo("ERROR");
    }
    assertThat(codes).containsOnly("agreement.parties.min", "agreement.parties.publicPrivate",
        "reference.unknownParty");
    assertThat(codes).filteredOn("reference.unknownParty"::equals).hasSize(10);
    assertThat(violations).anySatisfy(v -> {
      assertThat(v.get("path").asString()).isEqualTo("commitments[1].parties[0]");
      assertThat(v.get("message").asString())
          .isEqualTo("\"renault-korea\" is not a party of this agreement");
    });
    assertThat(violations(problem)).isEqualTo(
        AgreementValidator.create(Locale.ENGLISH).validate(onePartyAgreement()).errors());
  }

  @Test
  void writesTheViolationsInKoreanForAKoreanRequest() throws Exception {
    JsonNode problem = json(post(onePartyDocument(), "application/json",
        Map.of("Accept-Language", "ko-KR,ko;q=0.9")));

    assertThat(problem.get("violations")).anySatisfy(v -> {
      assertThat(v.get("path").asString()).isEqualTo("commitments[1].parties[0]");
      assertThat(v.get("message").asString())
          .isEqualTo("\"renault-korea\"는 이 협약의 당사자가 아닙니다");
    });
    assertThat(violations(problem)).isEqualTo(
        AgreementValidator.create(Locale.KOREAN).validate(onePartyAgreement()).errors());
  }

  @Test
  void writesTheViolationsInKoreanWhenTheRequestNamesNoLanguage() throws Exception {
    JsonNode problem = json(post(onePartyDocument(), "application/json", Map.of()));

    assertThat(violations(problem)).isEqualTo(
        AgreementValidator.create(Locale.KOREAN).validate(onePartyAgreement()).errors());
  }

  @Test
  void answersAnUnknownPartyKindWith400AndItsPathLineAndColumn() throws Exception {
    HttpResponse<byte[]> response = post(Files.readAllBytes(MALFORMED), "application/json",
        Map.of());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString())
        .isEqualTo("tag:publicprivate.org,2026:agreements:unreadable-document");
    assertThat(problem.get("path").asString()).isEqualTo("parties[1].kind");
    assertThat(problem.get("line").asInt()).isEqualTo(25);
    assertThat(problem.get("column").asInt()).isEqualTo(15);
    assertThat(problem.get("detail").asString())
        .startsWith("parties[1].kind: unknown PartyKind \"CORPORATION\"; expected one of");
  }

  @Test
  void answersAnEmptyBodyWithA400Problem() throws Exception {
    HttpResponse<byte[]> response = post(new byte[0], "application/json", Map.of());

    assertProblem(response, 400);
    assertThat(json(response).get("type").asString())
        .isEqualTo("tag:publicprivate.org,2026:agreements:unreadable-document");
    assertStillServing();
  }

  @Test
  void refusesATenMegabyteDocumentWith413BeforeReadingIt() throws Exception {
    byte[] large = tenMegabyteDocument();
    assertThat(large.length).isGreaterThan(10_000_000);

    HttpResponse<byte[]> response = post(large, "application/json", Map.of());

    assertProblem(response, 413);
    assertThat(json(response).get("type").asString())
        .isEqualTo("tag:publicprivate.org,2026:agreements:document-too-large");
    assertStillServing();
  }

  @Test
  void answersADocumentNestedTenThousandDeepWithA400Problem() throws Exception {
    String open = "{\"keywords\":" + "[".repeat(10_000);
    String close = "]".repeat(10_000) + "}";

    HttpResponse<byte[]> response =
        post((open + close).getBytes(StandardCharsets.UTF_8), "application/json", Map.of());

    assertProblem(response, 400);
    assertThat(json(response).get("path").asString()).isEqualTo("keywords[0]");
    assertStillServing();
  }

  @Test
  void answersBytesThatAreNotUtf8WithA400Problem() throws Exception {
    byte[] eucKr = new String(founding, StandardCharsets.UTF_8)
        .getBytes(Charset.forName("EUC-KR"));

    HttpResponse<byte[]> response = post(eucKr, "application/json", Map.of());

    assertProblem(response, 400);
    assertThat(json(response).get("line").asInt()).isEqualTo(4);
    assertStillServing();
  }

  @Test
  void refusesADeclaredCharsetOtherThanUtf8With415() throws Exception {
    HttpResponse<byte[]> response =
        post(founding, "application/json;charset=ISO-8859-1", Map.of());

    assertProblem(response, 415);
    assertStillServing();
  }

  @Test
  void refusesAContentTypeOtherThanJsonWith415() throws Exception {
    HttpResponse<byte[]> response = post(founding, "text/plain", Map.of());

    assertProblem(response, 415);
    assertThat(response.headers().firstValue("Accept")).hasValue("application/json");
    assertStillServing();
  }

  @Test
  void storesAndReadsBackEveryAgreementOfEightConcurrentClients() throws Exception {
    int clients = 8;
    int postsEach = 200;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        results.add(pool.submit(() -> {
          int created = 0;
          for (int i = 0; i < postsEach; i++) {
            byte[] body = MAPPER.writeValueAsBytes(
                withId(foundingAgreement, "concurrent-" + client + "-" + i));
            if (post(body, "application/json", Map.of()).statusCode() == 201) {
              created++;
            }
          }
          return created;
        }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(postsEach);
      }
    } finally {
      pool.shutdown();
    }
    for (int c = 0; c < clients; c++) {
      for (int i = 0; i < postsEach; i++) {
        Agreement expected = withId(foundingAgreement, "concurrent-" + c + "-" + i);
        HttpResponse<byte[]> read = get("/agreements/" + expected.id().value(), Map.of());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(MAPPER.writeValueAsBytes(expected));
      }
    }
  }

  private void assertProblem(HttpResponse<byte[]> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).isNotBlank();
  }

  private void assertStillServing() throws Exception {
    assertThat(get("/agreements/no-such-agreement", Map.of()).statusCode()).isEqualTo(404);
  }

  private static Agreement onePartyAgreement() {
    return withId(foundingAgreement, "busan-alone")
        .withParties(foundingAgreement.parties().get(0));
  }

  private static byte[] onePartyDocument() {
    return MAPPER.writeValueAsBytes(onePartyAgreement());
  }

  private static List<Violation> violations(JsonNode problem) {
    List<Violation> violations = new ArrayList<>();
    for (JsonNode v : problem.get("violations")) {
      violations.add(new Violation(v.get("code").asString(),
          Severity.valueOf(v.get("severity").asString()), v.get("path").asString(),
          v.get("message").asString()));
    }
    return violations;
  }

  private static byte[] tenMegabyteDocument() {
    StringBuilder keywords = new StringBuilder();
    while (keywords.length() < 10_500_000) {
      keywords.append(keywords.length() == 0 ? "" : ",").append("\"미래차\"");
    }
    String text = new String(founding, StandardCharsets.UTF_8);
    return text.replace("\"keywords\": [", "\"keywords\": [" + keywords + ",")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Agreement withId(Agreement agreement, String id) {
    return agreement.withId(AgreementId.of(id));
  }

  private static JsonNode json(HttpResponse<byte[]> response) {
    return MAPPER.readTree(response.body());
  }

  private HttpResponse<byte[]> post(byte[] body, String contentType, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/agreements"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30))
        .GET();
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
