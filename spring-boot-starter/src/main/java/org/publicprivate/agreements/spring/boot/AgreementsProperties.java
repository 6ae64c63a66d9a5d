package org.publicprivate.agreements.spring.boot;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The starter's settings, under {@code agreements.*}.
 *
 * <pre>{@code
 * agreements.validation.locale=en
 * agreements.web.problem-details.enabled=false
 * agreements.web.max-document-size=1MB
 * }</pre>
 */
@ConfigurationProperties("agreements")
public class AgreementsProperties {
  private final Validation validation = new Validation();
  private final Web web = new Web();

  /** Creates the settings with their defaults. */
  public AgreementsProperties() {}

  /** Settings of the {@code AgreementValidator} bean. */
  public Validation getValidation() {
    return validation;
  }

  /** Settings of the web layer. */
  public Web getWeb() {
    return web;
  }

  /** Settings of the {@code AgreementValidator} bean. */
  public static class Validation {
    /**
     * Language of the validator's messages: Korean for a Korean locale, English otherwise.
     */
    private Locale locale = Locale.KOREAN;

    /** Creates the settings with their defaults. */
    public Validation() {}

    /** The language of the validator's messages; Korean unless set. */
    public Locale getLocale() {
      return locale;
    }

    /** Sets the language of the validator's messages. */
    public void setLocale(Locale locale) {
      this.locale = locale;
    }
  }

  /** Settings of the web layer (Spring MVC). */
  public static class Web {
    /**
     * Largest agreement document a request body may hold; a larger one is refused with status 413
     * before it is read.
     */
    private DataSize maxDocumentSize = DataSize.ofMegabytes(4);

    private final ProblemDetails problemDetails = new ProblemDetails();

    /** Creates the settings with their defaults. */
    public Web() {}

    /** The largest agreement document a request body may hold; 4 MB unless set. */
    public DataSize getMaxDocumentSize() {
      return maxDocumentSize;
    }

    /** Sets the largest agreement document a request body may hold. */
    public void setMaxDocumentSize(DataSize maxDocumentSize) {
      this.maxDocumentSize = maxDocumentSize;
    }

    /** Settings of the RFC 9457 problem details. */
    public ProblemDetails getProblemDetails() {
      return problemDetails;
    }
  }

  /** Settings of the RFC 9457 problem details the starter answers with. */
  public static class ProblemDetails {
    /**
     * Whether documents that do not read or do not validate are answered with RFC 9457 problem
     * details (application/problem+json).
     */
    private boolean enabled = true;

    /** Creates the settings with their defaults. */
    public ProblemDetails() {}

    /** Whether the starter answers with problem details; true unless set. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the starter answers with problem details. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
