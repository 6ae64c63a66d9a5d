package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's {@code META-INF/validation.xml} configures the application's validators, not
 * {@link AgreementValidator}: one that turns on fail-fast does not stop the facade at the first
 * rule broken.
 */
class ApplicationValidationXmlTest {

  private static final String FAIL_FAST = """
      <?xml version="1.0" encoding="UTF-8"?>
      <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="https://jakarta.ee/xml/ns/validation/configuration
              https://jakarta.ee/xml/ns/validation/validation-configuration-3.0.xsd"
          version="3.0">
        <property name="hibernate.validator.fail_fast">true</property>
      </validation-config>
      """;

  @Test
  void failFastInTheApplicationsValidationXmlLeavesTheFacadeReportingEveryViolation(
      @TempDir Path classes) throws IOException {
    Files.createDirectories(classes.resolve("META-INF"));
    Files.writeString(classes.resolve("META-INF/validation.xml"), FAIL_FAST);
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try (URLClassLoader application = new URLClassLoader(new URL[] {classes.toUri().toURL()}, saved)) {
      thread.setContextClassLoader(application);
      int applications;
      try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()) {
        applications = factory.getValidator().validate(ManyRulesAtOnceTest.document()).size();
      }
      int facades = AgreementValidator.create(Locale.ENGLISH)
          .validate(ManyRulesAtOnceTest.document()).violations().size();

      assertThat(applications).isLessThan(41); // the file is read, and the application fails fast
      assertThat(facades).isEqualTo(41);
    } finally {
      thread.setContextClassLoader(saved);
    }
  }
}
