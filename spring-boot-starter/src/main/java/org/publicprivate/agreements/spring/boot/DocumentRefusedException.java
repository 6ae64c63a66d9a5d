package org.publicprivate.agreements.spring.boot;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An agreement body refused before it is read: too large (413), or in a character set other than
 * UTF-8 (415). It carries its own problem detail, so Spring answers it even when the starter's
 * problem details are switched off.
 */
final class DocumentRefusedException extends ErrorResponseException {
  private static final long serialVersionUID = 1L;

  private DocumentRefusedException(HttpStatus status, URI type, String title, String detail) {
    super(status, problem(status, type, title, detail), null);
  }

  static DocumentRefusedException tooLarge(long limit) {
    return new DocumentRefusedException(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.DOCUMENT_TOO_LARGE,
        "Agreement document too large",
        "An agreement document may have at most " + limit + " bytes (agreements.web.max-document-size)");
  }

  static DocumentRefusedException notUtf8(MediaType contentType) {
    return new DocumentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Agreement document not in UTF-8",
        "An agreement document is JSON in UTF-8; the request declares " + contentType);
  }

  private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    return problem;
  }
}
