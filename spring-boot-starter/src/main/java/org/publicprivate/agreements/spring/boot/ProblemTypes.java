package org.publicprivate.agreements.spring.boot;

import java.net.URI;

/** The {@code type} of each problem the starter answers with (RFC 9457, section 3.1.1). */
final class ProblemTypes {
  private static final String PREFIX = "tag:publicprivate.org,2026:agreements:";

  /** 400: the body is not an agreement document (malformed JSON, unknown property, wrong value). */
  static final URI UNREADABLE_DOCUMENT = URI.create(PREFIX + "unreadable-document");
  /** 413: the body is larger than {@code agreements.web.max-document-size}. */
  static final URI DOCUMENT_TOO_LARGE = URI.create(PREFIX + "document-too-large");
  /** 415: the body is not JSON, or not in UTF-8. */
  static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(PREFIX + "unsupported-media-type");
  /** 422: the agreement reads but breaks rules of the model or of the application. */
  static final URI INVALID_AGREEMENT = URI.create(PREFIX + "invalid-agreement");

  private ProblemTypes() {}
}
