package org.publicprivate.agreements.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Rule;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * Which failures the starter answers with problem details, in a Spring MVC application with and
 * without Boot's own problem details, and with the starter's switched off. The HTTP behaviour of
 * a whole service is tested in examples/spring-boot-service.
 */
class AgreementProblemDetailsTest {
  private static final String PROBLEM = "tag:publicprivate.org,2026:agreements:";

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AgreementsAutoConfiguration.class,
          JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
          ValidationAutoConfiguration.class, WebMvcAutoConfiguration.class))
      .withUserConfiguration(Controllers.class);

  @Test
  void answersRequireValidWith422AndTheApplicationsRule() {
    runner.run(context -> mvc(context).perform(post("/checked")
            .contentType(MediaType.APPLICATION_JSON)
            .content(Files.readAllBytes(AgreementsAutoConfigurationTest.FOUNDING)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-agreement"))
        .andExpect(jsonPath("$.detail").value("The agreement breaks 1 rule"))
        .andExpect(jsonPath("$.violations.length()").value(4))
        .andExpect(jsonPath("$.violations[0].code").value("busan.keywords.max"))
        .andExpect(jsonPath("$.violations[0].severity").value("ERROR"))
        .andExpect(jsonPath("$.violations[0].path").value("keywords"))
        .andExpect(jsonPath("$.violations[0].message").value("키워드는 1개까지입니다"))
        .andExpect(jsonPath("$.violations[1].severity").value("WARNING")));
  }

  @Test
  void answersAnUnreadableAgreementWith400AndItsPath() {
    runner.run(context -> mvc(context).perform(post("/agreements")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\": \"x\", \"kind\": \"TREATY\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(PROBLEM + "unreadable-document"))
        .andExpect(jsonPath("$.path").value("kind"))
        .andExpect(jsonPath("$.line").value(1))
        .andExpect(jsonPath("$.column").value(21))
        .andExpect(jsonPath("$.instance").value("/agreements")));
  }

  @Test
  void leavesOtherBodiesToSpringWithoutBootsProblemDetails() {
    runner.run(context -> {
      MvcResult result = mvc(context).perform(post("/notes")
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"text\": \" \"}"))
          .andExpect(status().isBadRequest())
          .andReturn();
      assertThat(result.getResponse().getContentType()).isNull();
      assertThat(result.getResolvedException()).isInstanceOf(MethodArgumentNotValidException.class);
      assertThat(context.getBean(AgreementProblemDetails.class).getOrder())
          .isEqualTo(Integer.MAX_VALUE);
    });
  }

  @Test
  void answersOtherBodiesAsBootWouldWithBootsProblemDetails() {
    runner.withPropertyValues("spring.mvc.problemdetails.enabled=true").run(context -> {
      mvc(context).perform(post("/notes")
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"text\": \" \"}"))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.title").value("Bad Request"))
          .andExpect(jsonPath("$.status").value(400))
          .andExpect(jsonPath("$.detail").value("Invalid request content."))
          .andExpect(jsonPath("$.violations").doesNotExist());
      mvc(context).perform(post("/agreements")
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"id\": \"x\", \"kind\": \"TREATY\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.path").value("kind"));
      assertThat(context.getBean(AgreementProblemDetails.class).getOrder()).isEqualTo(-1);
    });
  }

  @Test
  void answersNothingWhenSwitchedOff() {
    runner.withPropertyValues("agreements.web.problem-details.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(AgreementProblemDetails.class);
      MvcResult result = mvc(context).perform(post("/agreements")
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"id\": \"x\", \"kind\": \"TREATY\"}"))
          .andExpect(status().isBadRequest())
          .andReturn();
      assertThat(result.getResponse().getContentType()).isNull();
    });
  }

  @Test
  void refusesALargerAgreementThanTheLimitEvenWhenSwitchedOff() {
    runner.withPropertyValues("agreements.web.problem-details.enabled=false",
            "agreements.web.max-document-size=1KB")
        .run(context -> mvc(context).perform(post("/agreements")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Files.readAllBytes(AgreementsAutoConfigurationTest.FOUNDING)))
            .andExpect(status().isContentTooLarge()));
  }

  private static MockMvc mvc(WebApplicationContext context) {
    return MockMvcBuilders.webAppContextSetup(context).build();
  }

  /** A note, a request body of the application's own. */
  record Note(@NotBlank String text) {}

  @Configuration(proxyBeanMethods = false)
  static class Controllers {
    @Bean
    AgreementsController agreementsController(AgreementValidator validator) {
      return new AgreementsController(validator);
    }

    @Bean
    Rule atMostOneKeyword() {
      return new AgreementsAutoConfigurationTest.AtMostOneKeyword();
    }
  }

  @RestController
  static class AgreementsController {
    private final AgreementValidator validator;

    AgreementsController(AgreementValidator validator) {
      this.validator = validator;
    }

    @PostMapping("/agreements")
    Agreement create(@Valid @RequestBody Agreement agreement) {
      return agreement;
    }

    @PostMapping("/checked")
    Agreement checked(@RequestBody Agreement agreement) {
      return validator.requireValid(agreement);
    }

    @PostMapping("/notes")
    String note(@Valid @RequestBody Note note) {
      return note.text();
    }
  }
}
