package org.publicprivate.agreements.examples.boot3;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.publicprivate.agreements.jackson.AgreementModule;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.publicprivate.agreements.validation.Rule;
import org.publicprivate.agreements.validation.ValidationReport;
import org.publicprivate.agreements.validation.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The README's recipe for a Spring Boot 3.5 application, which has no starter: the Jackson 2
 * module as a bean (Boot 3.5 adds every {@code Module} bean to its {@code ObjectMapper}, and does
 * not look for modules in service files), the validator as a bean, and our codes in the answer to
 * a {@code @Valid} failure.
 */
@Configuration(proxyBeanMethods = false)
class AgreementsRecipe {

  @Bean
  AgreementModule agreementModule() {
    return new AgreementModule();
  }

  @Bean
  AgreementValidator agreementValidator(ObjectProvider<Rule> rules) {
    return AgreementValidator.builder()
        .locale(Locale.KOREAN)
        .addRules(rules.orderedStream().toList())
        .build();
  }

  /** {@code @Valid} failures of agreements as problem details with our codes. */
  @RestControllerAdvice
  static class AgreementViolations {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception) {
      List<Violation> violations = new ArrayList<>();
      for (ObjectError error : exception.getBindingResult().getAllErrors()) {
        violations.add(Violation.from(error.unwrap(ConstraintViolation.class)));
      }
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
      problem.setTitle("Invalid agreement");
      problem.setProperty("violations", ValidationReport.of(violations).violations().stream()
          .map(v -> List.of(v.code(), v.severity().name(), v.path(), v.message()))
          .toList());
      return ResponseEntity.unprocessableEntity()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
  }
}
