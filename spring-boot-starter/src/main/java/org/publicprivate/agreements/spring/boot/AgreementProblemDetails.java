package org.publicprivate.agreements.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson3.AgreementJsonException;
import org.publicprivate.agreements.validation.AgreementRules;
import org.publicprivate.agreements.validation.InvalidAgreementException;
import org.publicprivate.agreements.validation.Severity;
import org.publicprivate.agreements.validation.ValidationReport;
import org.publicprivate.agreements.validation.Violation;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Answers agreement documents that do not read or do not validate with RFC 9457 problem details
 * ({@code application/problem+json}): 400 for a document that does not read, with its JSON
 * {@code path}, {@code line} and {@code column}; 413 and 415 for bodies refused before reading;
 * 422 with {@code violations} (code, severity, path, message) for {@code @Valid} failures and
 * {@link InvalidAgreementException}.
 *
 * <p>Failures of requests whose body is not an agreement are passed on unchanged: rethrown to
 * Spring's default handling, or, when Boot's own problem details are on, answered as that handler
 * would, from the exception's {@link ErrorResponse} (decision 0011).
 */
@RestControllerAdvice
final class AgreementProblemDetails implements Ordered {
  private final int order;
  private final boolean answerOtherRequests;

  AgreementProblemDetails(int order, boolean answerOtherRequests) {
    this.order = order;
    this.answerOtherRequests = answerOtherRequests;
  }

  @Override
  public int getOrder() {
    return order;
  }

  /** A document that a controller read itself, with {@code AgreementJson.read}. */
  @ExceptionHandler(AgreementJsonException.class)
  ResponseEntity<ProblemDetail> unreadable(AgreementJsonException exception,
      HttpServletRequest request) {
    return answer(unreadableProblem(exception), request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception,
      HttpServletRequest request) throws HttpMessageNotReadableException {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof AgreementJsonException agreement) {
        return answer(unreadableProblem(agreement), request);
      }
      if (cause instanceof ErrorResponseException refused) {
        return answer(refused.getBody(), request);
      }
    }
    if (!readsAgreement(request)) {
      if (answerOtherRequests) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            "Failed to read request");
        return answer(problem, request);
      }
      throw exception;
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(ProblemTypes.UNREADABLE_DOCUMENT);
    problem.setTitle("Unreadable agreement document");
    JacksonException json = cause(exception, JacksonException.class);
    if (json == null) {
      problem.setDetail("The request has no agreement document");
    } else {
      problem.setDetail("The request body is not JSON: " + json.getOriginalMessage());
      located(problem, json.getLocation());
    }
    return answer(problem, request);
  }

  /** Thrown by {@link AgreementBodyLimits} before the body is read. */
  @ExceptionHandler(DocumentRefusedException.class)
  ResponseEntity<ProblemDetail> refused(DocumentRefusedException exception,
      HttpServletRequest request) {
    return answer(exception.getBody(), request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException exception,
      HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
    if (!readsAgreement(request)) {
      return other(exception, exception, request);
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    problem.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
    problem.setTitle("Agreement document not JSON");
    problem.setDetail("An agreement document is sent as application/json; the request declares "
        + (exception.getContentType() == null ? "no content type" : exception.getContentType()));
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .headers(exception.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(withInstance(problem, request));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception,
      HttpServletRequest request) throws MethodArgumentNotValidException {
    BindingResult result = exception.getBindingResult();
    if (!isAgreement(exception.getParameter()) && !holdsAgreementViolation(result)) {
      return other(exception, exception, request);
    }
    List<Violation> violations = new ArrayList<>();
    for (ObjectError error : result.getAllErrors()) {
      violations.add(violation(error));
    }
    // In the order AgreementValidator reports them, not in the order the provider collected them.
    return answer(invalidProblem(ValidationReport.of(violations).violations()), request);
  }

  /** Thrown by {@code AgreementValidator.requireValid}: the report's violations, in its language. */
  @ExceptionHandler(InvalidAgreementException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidAgreementException exception,
      HttpServletRequest request) {
    return answer(invalidProblem(exception.report().violations()), request);
  }

  private <E extends Exception & ErrorResponse> ResponseEntity<ProblemDetail> other(
      E exception, ErrorResponse response, HttpServletRequest request) throws E {
    if (!answerOtherRequests) {
      throw exception;
    }
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(withInstance(response.getBody(), request));
  }

  private static ProblemDetail unreadableProblem(AgreementJsonException exception) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(ProblemTypes.UNREADABLE_DOCUMENT);
    problem.setTitle("Unreadable agreement document");
    problem.setDetail(exception.getOriginalMessage());
    problem.setProperty("path", exception.jsonPath());
    located(problem, exception.getLocation());
    return problem;
  }

  private static ProblemDetail invalidProblem(List<Violation> violations) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    problem.setType(ProblemTypes.INVALID_AGREEMENT);
    problem.setTitle("Invalid agreement");
    long errors = violations.stream().filter(Violation::isError).count();
    problem.setDetail("The agreement breaks " + errors + (errors == 1 ? " rule" : " rules"));
    List<Map<String, Object>> json = new ArrayList<>();
    for (Violation violation : violations) {
      json.add(json(violation));
    }
    problem.setProperty("violations", json);
    return problem;
  }

  private static void located(ProblemDetail problem, TokenStreamLocation location) {
    if (location != null && location.getLineNr() > 0) {
      problem.setProperty("line", location.getLineNr());
      problem.setProperty("column", location.getColumnNr());
    }
  }

  /** Ours as {@link Violation#from} reads it; another constraint of the body by its Spring code. */
  private static Violation violation(ObjectError error) {
    if (error.contains(ConstraintViolation.class)) {
      ConstraintViolation<?> constraint = error.unwrap(ConstraintViolation.class);
      if (constraint.getConstraintDescriptor().getAnnotation() instanceof AgreementRules) {
        return Violation.from(constraint);
      }
    }
    return new Violation(String.valueOf(error.getCode()), Severity.ERROR,
        error instanceof FieldError field ? field.getField() : "",
        String.valueOf(error.getDefaultMessage()));
  }

  private static Map<String, Object> json(Violation violation) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", violation.code());
    json.put("severity", violation.severity().name());
    json.put("path", violation.path());
    json.put("message", violation.message());
    return json;
  }

  private static boolean holdsAgreementViolation(BindingResult result) {
    for (ObjectError error : result.getAllErrors()) {
      if (error.contains(ConstraintViolation.class) && error.unwrap(ConstraintViolation.class)
          .getConstraintDescriptor().getAnnotation() instanceof AgreementRules) {
        return true;
      }
    }
    return false;
  }

  /** Whether the request's handler takes an agreement as its request body. */
  private static boolean readsAgreement(HttpServletRequest request) {
    if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
        instanceof HandlerMethod handler) {
      for (MethodParameter parameter : handler.getMethodParameters()) {
        if (parameter.hasParameterAnnotation(RequestBody.class) && isAgreement(parameter)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAgreement(MethodParameter parameter) {
    return parameter != null && Agreement.class.isAssignableFrom(parameter.getParameterType());
  }

  private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem,
      HttpServletRequest request) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(withInstance(problem, request));
  }

  private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(request.getRequestURI()));
    }
    return problem;
  }
}
