package org.publicprivate.agreements.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The message lines of the model's rules, read from this library's own contributor bundles
 * ({@code ContributorValidationMessages_ko} and {@code _en}, which Hibernate Validator reads for a
 * plain Jakarta {@code Validator}), and the interpolation of a template's {@code {name}}
 * parameters, as Hibernate Validator's {@code ParameterMessageInterpolator} does it.
 */
final class Messages {
  private static final String BUNDLE = "ContributorValidationMessages";
  private static final Map<String, String> KOREAN = load(BUNDLE + "_ko.properties");
  private static final Map<String, String> ENGLISH = load(BUNDLE + "_en.properties");

  private Messages() {}

  /** Whether messages for {@code locale} are Korean; every other language gets English. */
  static boolean isKorean(Locale locale) {
    return "ko".equals(locale.getLanguage());
  }

  /** The model's message templates in the language of {@code locale}, by code. */
  static Map<String, String> builtIn(Locale locale) {
    return isKorean(locale) ? KOREAN : ENGLISH;
  }

  /**
   * The template with each {@code {name}} replaced by its argument, as Hibernate Validator's {@code
   * ParameterMessageInterpolator} writes it: a name without an argument and an expression {@code
   * ${…}} stay as written, and {@code \{}, {@code \}}, {@code \$} and {@code \\} stand for the
   * character after the backslash.
   */
  static String interpolate(String template, Map<String, String> arguments) {
    if (template.indexOf('{') < 0 && template.indexOf('\\') < 0) {
      return template;
    }
    StringBuilder text = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length() && "{}$\\".indexOf(template.charAt(i + 1)) >= 0) {
        text.append(template.charAt(i + 1));
        i += 2;
      } else if (c == '$' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
        int close = template.indexOf('}', i + 2);
        int end = close < 0 ? template.length() : close + 1;
        text.append(template, i, end);
        i = end;
      } else if (c == '{') {
        int close = template.indexOf('}', i + 1);
        String name = close < 0 ? null : template.substring(i + 1, close);
        if (name != null && arguments.containsKey(name)) {
          text.append(arguments.get(name));
          i = close + 1;
        } else {
          text.append(c);
          i++;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }

  /**
   * Reads this library's copy of a bundle. Other libraries ship bundles of the same name, so on
   * the class path the copy that lies beside this class is taken, not the first one found.
   */
  private static Map<String, String> load(String name) {
    try {
      Module module = Messages.class.getModule();
      if (module.isNamed()) {
        try (InputStream in = module.getResourceAsStream(name)) {
          return read(name, in);
        }
      }
      URL self = Messages.class.getResource("Messages.class");
      String base = self == null ? "" : self.toString().substring(0, self.toString().length()
          - Messages.class.getName().replace('.', '/').length() - ".class".length());
      List<URL> found = Collections.list(Messages.class.getClassLoader().getResources(name));
      URL ours = found.isEmpty() ? null : found.get(0);
      for (URL url : found) {
        if (url.toString().equals(base + name)) {
          ours = url;
        }
      }
      if (ours == null) {
        return read(name, null);
      }
      try (InputStream in = ours.openStream()) {
        return read(name, in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the message bundle " + name, e);
    }
  }

  private static Map<String, String> read(String name, InputStream in) throws IOException {
    if (in == null) {
      throw new IllegalStateException("the message bundle " + name + " is missing from the jar");
    }
    Properties properties = new Properties();
    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String> templates = new HashMap<>();
    for (String code : properties.stringPropertyNames()) {
      templates.put(code, properties.getProperty(code));
    }
    return Map.copyOf(templates);
  }
}
