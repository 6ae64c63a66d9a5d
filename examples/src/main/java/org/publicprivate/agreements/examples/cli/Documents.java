package org.publicprivate.agreements.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
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

  private final ObjectMapper mapper = AgreementJson.newMapper();
  private final InputStream stdin;

  Documents(InputStream stdin) {
    this.stdin = stdin;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  byte[] bytes(String file) throws UnreadableException {
    try {
      return STDIN.equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new UnreadableException(file + ": cannot read: no such file");
    } catch (AccessDeniedException e) {
      throw new UnreadableException(file + ": cannot read: permission denied");
    } catch (IOException e) {
      throw new UnreadableException(file + ": cannot read: " + e.getMessage());
    }
  }

  Agreement read(String file, byte[] bytes) throws UnreadableException {
    if (bytes.length == 0) {
      throw new UnreadableException(file + ": (document): the file is empty");
    }
    try {
      return mapper.readValue(bytes, Agreement.class);
    } catch (AgreementJsonException e) {
      throw new UnreadableException(file + ": " + e.getMessage());
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      int newline = message.indexOf('\n');
      throw new UnreadableException(file + ": (document): not a JSON agreement: "
          + (newline < 0 ? message : message.substring(0, newline))
          + location(e));
    } catch (IOException e) {
      throw new UnreadableException(file + ": cannot read: " + e.getMessage());
    }
  }

  Agreement read(String file) throws UnreadableException {
    return read(file, bytes(file));
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  /** A document that cannot be read; the message is the line to print. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }
}
