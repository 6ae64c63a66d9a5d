package org.publicprivate.agreements.examples.service;

import jakarta.validation.Valid;
import java.net.URI;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.validation.AgreementValidator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /agreements}, {@code GET /agreements/{id}} and {@code GET /agreements/{id}/report}.
 * An agreement with errors never reaches {@link #create}: {@code @Valid} rejects it, and the
 * starter answers 422 with its violations.
 */
@RestController
@RequestMapping(path = "/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
public class AgreementController {
  private final AgreementStore store;
  private final AgreementValidator validator;

  /** A controller over the store, reporting with the starter's validator. */
  public AgreementController(AgreementStore store, AgreementValidator validator) {
    this.store = store;
    this.validator = validator;
  }

  /** Stores a new agreement: 201 with its canonical JSON and its {@code Location}. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Agreement> create(@Valid @RequestBody Agreement agreement,
      UriComponentsBuilder uri) {
    if (!store.add(agreement)) {
      throw problem(HttpStatus.CONFLICT, "agreement-exists",
          "An agreement with the id \"" + agreement.id().value() + "\" is already stored");
    }
    URI location = uri.path("/agreements/{id}").build(agreement.id().value());
    return ResponseEntity.created(location).body(agreement);
  }

  /** The agreement of this id, or 404. */
  @GetMapping("/{id}")
  public Agreement get(@PathVariable("id") String id) {
    return find(id);
  }

  /** The validation report of the stored agreement, warnings included. */
  @GetMapping("/{id}/report")
  public ReportResponse report(@PathVariable("id") String id) {
    Agreement agreement = find(id);
    return ReportResponse.of(agreement.id().value(), validator.validate(agreement));
  }

  private Agreement find(String id) {
    ErrorResponseException notFound = problem(HttpStatus.NOT_FOUND, "agreement-not-found",
        "No agreement with the id \"" + id + "\" is stored");
    AgreementId key;
    try {
      key = AgreementId.of(id);
    } catch (IllegalArgumentException e) {
      // Text that cannot be an id names no stored agreement.
      throw notFound;
    }
    return store.find(key).orElseThrow(() -> notFound);
  }

  private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("tag:publicprivate.org,2026:agreements-service:" + type));
    return new ErrorResponseException(status, problem, null);
  }
}
