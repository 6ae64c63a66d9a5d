package org.publicprivate.agreements.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.jackson.AgreementJsonException;

/**
 * Reads agreement documents from files or standard input, strictly, turning every failure into one
 * line that names the file, the JSON path and the reason.
 */
final class Documents {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  /** The largest document the readers take: 256 MiB. */
  static final long MAX_DOCUMENT_LENGTH =
      AgreementJson.STREAM_READ_CONSTRAINTS.getMaxDocumentLength();

  private final ObjectMapper mapper = AgreementJson.newMapper();
  private final InputStream stdin;

  Documents(InputStream stdin) {
    this.stdin = stdin;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The bytes of a file or of standard input: at most the largest document the readers take plus
   * one byte, so that a larger file, an endless pipe or {@code /dev/zero} is refused without
   * reading it all.
   */
  byte[] bytes(String file) throws UnreadableException {
    try {
      if (!STDIN.equals(file) && Files.isRegularFile(Path.of(file))
          && Files.size(Path.of(file)) > MAX_DOCUMENT_LENGTH) {
        throw tooLarge(file);
      }
      if (STDIN.equals(file)) {
        return bounded(file, stdin);
      }
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        return bounded(file, in);
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableException(file + ": cannot read: no such file");
    } catch (AccessDeniedException e) {
      throw new UnreadableException(file + ": cannot read: permission denied");
    } catch (IOException e) {
      throw new UnreadableException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static byte[] bounded(String file, InputStream in)
      throws IOException, UnreadableException {
    byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
    if (bytes.length > MAX_DOCUMENT_LENGTH) {
      throw tooLarge(file);
    }
    return bytes;
  }

  private static UnreadableException tooLarge(String file) {
    return new UnreadableException(file + ": (document): the document is larger than "
        + MAX_DOCUMENT_LENGTH / (1024 * 1024) + " MiB");
  }

  /** Reads one agreement with {@link AgreementJson#read(byte[])}: every failure is one line. */
  Agreement read(String file, byte[] bytes) throws UnreadableException {
    if (bytes.length == 0) {
      throw new UnreadableException(file + ": (document): the file is empty");
    }
    try {
      return AgreementJson.read(bytes);
    } catch (AgreementJsonException e) {
      throw new UnreadableException(file + ": " + e.getMessage());
    }
  }

  Agreement read(String file) throws UnreadableException {
    return read(file, bytes(file));
  }

  /** A document that cannot be read; the message is the line to print. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }
}
