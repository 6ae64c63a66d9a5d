package org.publicprivate.agreements.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The format and both Jackson modules use Jackson's public API only (decision 0010): no class of
 * ours extends a Jackson mapper or declares a method whose name starts with an underscore (Jackson's
 * protected internals, such as {@code _initForReading}), and no class file names Jackson's message
 * texts, its internal class names or its implementation packages. Round 1's
 * {@code StrictObjectMapper}, its match of "No content to map" and of {@code UTF32Reader} each
 * failed this test.
 */
class PublicApiOnlyTest {
  /**
   * Texts no class of ours may hold: Jackson's wording, the names of its parser and reader
   * implementations, and its implementation packages.
   */
  private static final List<String> FORBIDDEN = List.of(
      "No content to map", "UTF32Reader", "Unsupported UCS-4", "Unrecognized token",
      "Unexpected character", "com/fasterxml/jackson/core/json/UTF8",
      "com/fasterxml/jackson/core/json/ReaderBased", "tools/jackson/core/json/UTF8",
      "tools/jackson/core/json/ReaderBased", "/impl/", "/internal/");

  /** The jars (or class folders) of the format and of each Jackson module. */
  static Stream<Path> artifacts() throws URISyntaxException {
    List<Path> paths = new ArrayList<>();
    for (Class<?> type : List.of(org.publicprivate.agreements.format.Formats.class,
        org.publicprivate.agreements.jackson.AgreementModule.class,
        org.publicprivate.agreements.jackson3.AgreementModule.class)) {
      paths.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    return paths.stream();
  }

  @ParameterizedTest
  @MethodSource("artifacts")
  void usesJacksonsPublicApiOnly(Path artifact) throws Exception {
    List<String> classes = classFiles(artifact);
    assertThat(classes).as("class files of %s", artifact).hasSizeGreaterThan(5);
    for (String name : classes) {
      byte[] bytes = read(artifact, name);
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      for (String forbidden : FORBIDDEN) {
        assertThat(text).as("%s in %s", name, artifact).doesNotContain(forbidden);
      }
      if (name.equals("module-info.class")) {
        continue;
      }
      Class<?> type = Class.forName(name.replace('/', '.').replaceAll("\\.class$", ""), false,
          PublicApiOnlyTest.class.getClassLoader());
      for (Class<?> parent = type.getSuperclass(); parent != null; parent = parent.getSuperclass()) {
        assertThat(parent.getName()).as("a superclass of %s", type.getName())
            .isNotIn("com.fasterxml.jackson.databind.ObjectMapper",
                "tools.jackson.databind.ObjectMapper", "tools.jackson.databind.json.JsonMapper",
                "com.fasterxml.jackson.databind.json.JsonMapper");
      }
      for (Method method : type.getDeclaredMethods()) {
        if (!method.isSynthetic() && !Modifier.isPrivate(method.getModifiers())) {
          assertThat(method.getName()).as("a method of %s", type.getName()).doesNotStartWith("_");
        }
      }
    }
  }

  private static List<String> classFiles(Path artifact) throws IOException {
    if (Files.isDirectory(artifact)) {
      try (Stream<Path> files = Files.walk(artifact)) {
        return files.filter(file -> file.toString().endsWith(".class"))
            .map(file -> artifact.relativize(file).toString().replace('\\', '/'))
            .sorted().toList();
      }
    }
    try (ZipFile jar = new ZipFile(artifact.toFile())) {
      return jar.stream().map(ZipEntry::getName)
          .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/"))
          .sorted().toList();
    }
  }

  private static byte[] read(Path artifact, String name) throws IOException {
    if (Files.isDirectory(artifact)) {
      return Files.readAllBytes(artifact.resolve(name));
    }
    try (ZipFile jar = new ZipFile(artifact.toFile());
        InputStream in = jar.getInputStream(jar.getEntry(name))) {
      return in.readAllBytes();
    }
  }
}
