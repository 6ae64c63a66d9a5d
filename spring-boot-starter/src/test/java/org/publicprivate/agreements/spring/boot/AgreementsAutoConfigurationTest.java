package org.publicprivate.agreements.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson3.AgreementJson;
import org.publicprivate.agreements.jackson3.AgreementModule;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.DocumentPath;
import org.publicprivate.agreements.validation.Findings;
import org.publicprivate.agreements.validation.Rule;
import org.publicprivate.agreements.validation.Severity;
import org.publicprivate.agreements.validation.Violation;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The beans the starter contributes, and how each backs off. */
class AgreementsAutoConfigurationTest {
  static final Path FOUNDING =
      Path.of("../examples/src/main/resources/busan-future-car-mou-2023-05-22.json");

  private static Agreement founding;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          AgreementsAutoConfiguration.class, JacksonAutoConfiguration.class));

  @BeforeAll
  static void readFoundingAgreement() throws IOException {
    founding = AgreementJson.read(Files.readAllBytes(FOUNDING));
  }

  @Test
  void bootsJsonMapperWritesTheCanonicalBytesWithTheModuleBean() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(AgreementModule.class);
      JsonMapper mapper = context.getBean(JsonMapper.class);
      assertThat(mapper.writeValueAsString(founding))
          .isEqualTo(AgreementJson.newMapper().writeValueAsString(founding));
      assertThat(mapper.readValue(Files.readAllBytes(FOUNDING), Agreement.class))
          .isEqualTo(founding);
    });
  }

  @Test
  void backsOffForTheApplicationsOwnModule() {
    runner.withUserConfiguration(OwnModule.class).run(context -> {
      assertThat(context).hasSingleBean(AgreementModule.class);
      assertThat(context.getBean(AgreementModule.class).amountsAsStrings()).isTrue();
      assertThat(context.getBean(JsonMapper.class).writeValueAsString(founding))
          .contains("\"amount\":\"20000000000\"");
    });
  }

  @Test
  void registersTheJackson2ModuleOnlyWithBootsJackson2Support() {
    runner.run(context -> assertThat(context)
        .hasSingleBean(org.publicprivate.agreements.jackson.AgreementModule.class));
    runner.withClassLoader(new FilteredClassLoader(
            "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration"))
        .run(context -> assertThat(context)
            .doesNotHaveBean(org.publicprivate.agreements.jackson.AgreementModule.class));
    runner.withClassLoader(new FilteredClassLoader(
            org.publicprivate.agreements.jackson.AgreementModule.class))
        .run(context -> assertThat(context).hasNotFailed()
            .hasSingleBean(AgreementModule.class));
  }

  @Test
  @SuppressWarnings("removal") // Boot 4 keeps its Jackson 2 support for applications moving over.
  void bootsJackson2ObjectMapperWritesTheCanonicalBytesWithTheJackson2Module() {
    runner.withConfiguration(AutoConfigurations.of(
            org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration.class))
        .run(context -> {
          ObjectMapper mapper = context.getBean(ObjectMapper.class);
          assertThat(mapper.writeValueAsString(founding)).isEqualTo(
              org.publicprivate.agreements.jackson.AgreementJson.newMapper()
                  .writeValueAsString(founding));
          assertThat(mapper.readValue(Files.readAllBytes(FOUNDING), Agreement.class))
              .isEqualTo(founding);
        });
  }

  @Test
  void validatorSpeaksKoreanUnlessTheLocaleIsSet() {
    runner.run(context -> {
      AgreementValidator validator = context.getBean(AgreementValidator.class);
      assertThat(validator.locale()).isEqualTo(Locale.KOREAN);
      assertThat(validator.validate(founding).warnings().get(0).message())
          .isEqualTo("당사자 \"busan-auto-parts-cooperative\"의 서명자가 없습니다");
    });
    runner.withPropertyValues("agreements.validation.locale=en").run(context ->
        assertThat(context.getBean(AgreementValidator.class).validate(founding).warnings().get(0)
            .message()).isEqualTo("party \"busan-auto-parts-cooperative\" has no signatory"));
  }

  @Test
  void validatorRunsEveryRuleBeanOfTheApplication() {
    runner.withUserConfiguration(HouseRule.class).run(context -> {
      AgreementValidator validator = context.getBean(AgreementValidator.class);
      assertThat(validator.rules()).extracting(Rule::code).contains("busan.keywords.max");
      assertThat(validator.validate(founding).errors()).containsExactly(new Violation(
          "busan.keywords.max", Severity.ERROR, "keywords",
          "키워드는 1개까지입니다"));
    });
  }

  @Test
  void backsOffForTheApplicationsOwnValidator() {
    runner.withUserConfiguration(OwnValidator.class).run(context -> {
      assertThat(context).hasSingleBean(AgreementValidator.class);
      assertThat(context.getBean(AgreementValidator.class).locale()).isEqualTo(Locale.ENGLISH);
    });
  }

  @Test
  void leavesOutTheWebLayerOutsideAWebApplication() {
    runner.run(context -> assertThat(context)
        .doesNotHaveBean(AgreementProblemDetails.class)
        .doesNotHaveBean(AgreementBodyLimits.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnModule {
    @Bean
    AgreementModule forJavaScript() {
      return AgreementModule.builder().amountsAsStrings(true).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnValidator {
    @Bean
    AgreementValidator englishValidator() {
      return AgreementValidator.create(Locale.ENGLISH);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HouseRule {
    @Bean
    Rule atMostOneKeyword() {
      return new AtMostOneKeyword();
    }
  }

  /** A house rule of a city: one keyword at most. */
  static final class AtMostOneKeyword implements Rule {
    @Override
    public String code() {
      return "busan.keywords.max";
    }

    @Override
    public Severity severity() {
      return Severity.ERROR;
    }

    @Override
    public String description(Locale locale) {
      return "at most one keyword";
    }

    @Override
    public Optional<String> message(Locale locale) {
      return Optional.of(locale.getLanguage().equals("ko")
          ? "키워드는 {max}개까지입니다" : "at most {max} keyword");
    }

    @Override
    public void check(Agreement agreement, Findings findings) {
      if (agreement.keywords().size() > 1) {
        findings.report(DocumentPath.of("keywords"), Map.of("max", 1));
      }
    }
  }
}
