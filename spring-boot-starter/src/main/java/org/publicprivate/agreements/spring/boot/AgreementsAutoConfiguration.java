package org.publicprivate.agreements.spring.boot;

import org.publicprivate.agreements.jackson3.AgreementModule;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Rule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of agreements in a Spring Boot 4 application: the Jackson 3 {@link
 * AgreementModule} (and the Jackson 2 one when Boot's Jackson 2 support is in use), an {@link
 * AgreementValidator} with every {@link Rule} bean of the application, and RFC 9457 problem details
 * for agreement documents that do not read or do not validate. Each bean backs off when the
 * application declares its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(AgreementsProperties.class)
public final class AgreementsAutoConfiguration {

  /** Created by Spring Boot. */
  public AgreementsAutoConfiguration() {}

  /**
   * The validator: messages in {@code agreements.validation.locale} (Korean unless set), and the
   * application's {@link Rule} beans, in their order, beside the model's rules.
   */
  @Bean
  @ConditionalOnMissingBean
  AgreementValidator agreementValidator(AgreementsProperties properties,
      ObjectProvider<Rule> rules) {
    return AgreementValidator.builder()
        .locale(properties.getValidation().getLocale())
        .addRules(rules.orderedStream().toList())
        .build();
  }

  /** The Jackson 3 module, which Boot adds to its {@code JsonMapper} as it adds every module bean. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "tools.jackson.databind.json.JsonMapper")
  static class Jackson3Configuration {

    @Bean
    @ConditionalOnMissingBean
    AgreementModule agreementModule() {
      return new AgreementModule();
    }
  }

  /**
   * The Jackson 2 module, when the application uses Boot's Jackson 2 support
   * ({@code spring-boot-jackson2}) and has {@code agreements-jackson}.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {
      "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration",
      "org.publicprivate.agreements.jackson.AgreementModule"})
  static class Jackson2Configuration {

    @Bean
    @ConditionalOnMissingBean
    org.publicprivate.agreements.jackson.AgreementModule agreementJackson2Module() {
      return new org.publicprivate.agreements.jackson.AgreementModule();
    }
  }

  /** The web layer: limits on agreement bodies, and problem details. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
  static class WebMvcConfiguration {

    @Bean
    AgreementBodyLimits agreementBodyLimits(AgreementsProperties properties) {
      return new AgreementBodyLimits(properties.getWeb().getMaxDocumentSize().toBytes());
    }

    /*
     * Boot's own problem-details handler (spring.mvc.problemdetails.enabled) has the order 0 and
     * answers every request; ours then comes first and answers other requests as that handler
     * would. Without it, ours comes last, after the application's own advice (decision 0011).
     */
    @Bean
    @ConditionalOnProperty(prefix = "agreements.web.problem-details", name = "enabled",
        havingValue = "true", matchIfMissing = true)
    AgreementProblemDetails agreementProblemDetails(Environment environment) {
      boolean bootProblemDetails =
          environment.getProperty("spring.mvc.problemdetails.enabled", Boolean.class, false);
      return bootProblemDetails
          ? new AgreementProblemDetails(-1, true)
          : new AgreementProblemDetails(Ordered.LOWEST_PRECEDENCE, false);
    }
  }
}
