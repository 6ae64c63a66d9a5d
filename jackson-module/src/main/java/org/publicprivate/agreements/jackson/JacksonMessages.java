package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/** Jackson core's messages in the module's words: without locations, and without advice to enable parser features. */
final class JacksonMessages {
  private JacksonMessages() {}

  static String plain(IOException e) {
    String message = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    // Jackson suggests relaxing the parser ("enable `JsonReadFeature.X` to allow"); the format is strict.
    message = message.replaceAll(":? ?enable `[^`]*` to allow", "").strip();
    if (e instanceof StreamConstraintsException) {
      return "the document is larger than the reader allows: " + message;
    }
    return "the input is not valid JSON: " + message;
  }
}
