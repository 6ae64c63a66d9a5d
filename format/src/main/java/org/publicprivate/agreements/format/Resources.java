package org.publicprivate.agreements.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The resources each Jackson module ships, such as the JSON Schema: each module opens its own (a
 * module's resources are its own), the format says what a missing one means and reads it.
 */
public final class Resources {
  private Resources() {}

  /** {@code in}, a resource a module opened, which must be there. */
  public static InputStream require(InputStream in, String resource) {
    if (in == null) {
      throw new IllegalStateException("The jar has no " + resource + "; it is damaged");
    }
    return in;
  }

  /** The whole resource as UTF-8 text; closes it. */
  public static String text(InputStream resource) {
    try (InputStream in = resource) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resource as properties, or none when a module has no such resource; closes it. */
  public static Properties properties(InputStream resource) {
    Properties properties = new Properties();
    if (resource != null) {
      try (InputStream in = resource) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return properties;
  }
}
