package org.publicprivate.agreements.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of the project's README compiles, read from {@code ../README.md} as
 * it is now: no copy of a sample lives here. A block is one of three things:
 * <ul>
 *   <li>an excerpt of a source file of the repository, which the build compiles: its lines appear
 *       in that file in order, laid out and commented as may be ({@code …} stands for what the
 *       README leaves out), such as the Spring controller of {@code examples/spring-boot-service};
 *       </li>
 *   <li>a module declaration, compiled as the {@code module-info.java} of a module with one class,
 *       against the jars of this module's test class path as modules;</li>
 *   <li>statements, and declarations of classes and methods, compiled in-process
 *       ({@link JavaCompiler}) inside one class, with the names the README's prose introduces
 *       without declaring them ({@link #CONTEXT}: {@code mou}, {@code agreement}…) as its fields,
 *       and {@code …} read as code left out.</li>
 * </ul>
 * A block of statements that uses no such name and is followed by a {@code ```text} block runs, and
 * each line it prints must be a line of that text block. A failure names the block's line.
 */
class ReadmeSamplesTest {
  private static final Path README = Path.of("..", "README.md");

  /**
   * What the README's prose introduces without declaring it: the name, then the types it may have
   * (a name the README uses for two things is tried as each).
   */
  private static final Map<String, List<String>> CONTEXT = Map.of(
      "mou", List.of("Agreement"),
      "agreement", List.of("Agreement"),
      "renaultKorea", List.of("Party"),
      "support", List.of("Commitment"),
      "rndCentre", List.of("Commitment"),
      "requestBody", List.of("byte[]"),
      "validator", List.of("jakarta.validation.Validator", "AgreementValidator"),
      "service", List.of("Service"));

  /** Types the prose speaks of: a user's service and the exception its reader documents. */
  private static final String CONTEXT_TYPES = """
        interface Service {
          Agreement parse(byte[] document) throws BadDocumentException;
          byte[] format(Agreement agreement);
        }
        static final class BadDocumentException extends Exception {
          BadDocumentException(String message) { super(message); }
        }
      """;

  private static final String IMPORTS = """
      import static java.nio.charset.StandardCharsets.UTF_8;
      import static org.assertj.core.api.Assertions.assertThat;
      import jakarta.validation.*;
      import jakarta.validation.groups.Default;
      import java.net.URI;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import java.time.*;
      import java.util.*;
      import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
      import org.junit.jupiter.api.Test;
      import org.publicprivate.agreements.*;
      import org.publicprivate.agreements.diff.*;
      import org.publicprivate.agreements.examples.*;
      import org.publicprivate.agreements.testkit.*;
      import org.publicprivate.agreements.validation.*;
      """;
  private static final String JACKSON_2 = """
      import com.fasterxml.jackson.databind.*;
      import org.publicprivate.agreements.jackson.*;
      """;
  private static final String JACKSON_3 = """
      import tools.jackson.databind.json.JsonMapper;
      import org.publicprivate.agreements.jackson3.*;
      """;

  /** A block of the README: the line of its opening fence, its text, and the block after it. */
  record Block(int line, String code, String textAfter) {
    @Override
    public String toString() {
      return "README.md line " + line;
    }
  }

  static List<Block> blocks() {
    List<String> lines;
    try {
      lines = Files.readAllLines(README, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int end = closing(lines, i);
        String textAfter = null;
        int next = end + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
          next++;
        }
        if (next < lines.size() && lines.get(next).strip().equals("```text")) {
          textAfter = String.join("\n", lines.subList(next + 1, closing(lines, next)));
        }
        blocks.add(new Block(i + 1, String.join("\n", lines.subList(i + 1, end)), textAfter));
        i = end;
      }
    }
    return blocks;
  }

  private static int closing(List<String> lines, int opening) {
    for (int j = opening + 1; j < lines.size(); j++) {
      if (lines.get(j).strip().equals("```")) {
        return j;
      }
    }
    throw new AssertionError("README.md line " + (opening + 1) + ": a block that is not closed");
  }

  @Test
  void theReadmeHasJavaSamples() {
    assertThat(blocks()).hasSizeGreaterThan(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void compiles(Block block, @TempDir Path work) throws Exception {
    java.util.Optional<Path> excerpt = excerptOfSource(block);
    if (excerpt.isPresent()) {
      System.out.println(block + ": an excerpt of " + excerpt.get());
      return;
    }
    if (block.code().strip().startsWith("module ")) {
      compileModule(block, work);
      return;
    }
    List<String> names = freeNames(block.code());
    List<String> failures = new ArrayList<>();
    for (List<String> types : typeChoices(names)) {
      String source = wrap(block, names, types);
      String errors = compile(work.resolve("t" + failures.size()), "readme/Block" + block.line(),
          source, List.of());
      if (errors.isEmpty()) {
        if (names.isEmpty() && block.textAfter() != null) {
          runAndCompare(block, work.resolve("t" + failures.size()));
        }
        return;
      }
      failures.add(errors);
    }
    throw new AssertionError(block + ": the sample does not compile:\n" + failures.get(0));
  }

  /** A source file of the repository whose lines hold the block's lines in order, if any. */
  static java.util.Optional<Path> excerptOfSource(Block block) throws IOException {
    List<Pattern> wanted = new ArrayList<>();
    for (String line : block.code().split("\n")) {
      String normal = normal(line);
      if (!normal.isEmpty()) {
        StringBuilder regex = new StringBuilder();
        for (String part : normal.split("…", -1)) {
          regex.append(regex.length() == 0 ? "" : ".*?").append(Pattern.quote(part));
        }
        wanted.add(Pattern.compile(regex.toString()));
      }
    }
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      for (Path file : (Iterable<Path>) files
          .filter(f -> f.toString().endsWith(".java") && f.toString().contains("src")
              && !f.toString().contains("target"))::iterator) {
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file, UTF_8)) {
          text.append(normal(line));
        }
        int at = 0;
        int from = 0;
        while (at < wanted.size()) {
          Matcher found = wanted.get(at).matcher(text);
          if (!found.find(from)) {
            break;
          }
          from = found.end();
          at++;
        }
        if (at == wanted.size() && wanted.size() >= 3) {
          return java.util.Optional.of(file);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The line without its comment and without the white space that the README may lay out anew. */
  private static String normal(String line) {
    int comment = line.indexOf("//");
    String code = comment >= 0 && !line.substring(0, comment).contains("\"")
        ? line.substring(0, comment) : line;
    return code.replaceAll("\\s+", "");
  }

  /** The names of {@link #CONTEXT} the block uses without declaring them. */
  static List<String> freeNames(String code) {
    List<String> names = new ArrayList<>();
    for (String name : CONTEXT.keySet()) {
      boolean used = Pattern.compile("(?<![\\w.\"])" + name + "\\b(?!\")").matcher(code).find();
      boolean declared = Pattern.compile("[\\w>\\]]\\s+" + name + "\\s*[=;,)]").matcher(code)
          .find();
      if (used && !declared) {
        names.add(name);
      }
    }
    names.sort(null);
    return names;
  }

  private static List<List<String>> typeChoices(List<String> names) {
    List<List<String>> choices = new ArrayList<>();
    choices.add(new ArrayList<>());
    for (String name : names) {
      List<List<String>> more = new ArrayList<>();
      for (List<String> choice : choices) {
        for (String type : CONTEXT.get(name)) {
          List<String> longer = new ArrayList<>(choice);
          longer.add(type);
          more.add(longer);
        }
      }
      choices = more;
    }
    return choices;
  }

  /**
   * The block as a class: its declarations of types and methods as members, its statements as the
   * body of {@code run}, and the names of the context it uses as fields.
   */
  static String wrap(Block block, List<String> names, List<String> types) {
    StringBuilder members = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    String[] lines = block.code().replace("{ … }", "{ throw new UnsupportedOperationException(); }")
        .replace("(…)", "(null)").replace(", …)", ", null)").split("\n");
    for (int i = 0; i < lines.length; i++) {
      int end = i;
      if (isDeclaration(lines, i)) {
        while (!lines[end].equals("}")) {
          end++;
        }
        for (int j = i; j <= end; j++) {
          members.append(lines[j]).append('\n');
        }
      } else {
        while (end + 1 < lines.length && !lines[end + 1].isEmpty()
            && Character.isWhitespace(lines[end + 1].charAt(0))) {
          end++;
        }
        for (int j = i; j <= end; j++) {
          statements.append(lines[j]).append('\n');
        }
      }
      i = end;
    }
    StringBuilder fields = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      fields.append("  ").append(types.get(k)).append(' ').append(names.get(k)).append(";\n");
    }
    boolean jackson3 = block.code().contains("JsonMapper");
    return "package readme;\n" + IMPORTS + (jackson3 ? JACKSON_3 : JACKSON_2)
        + "@SuppressWarnings(\"unused\")\npublic class Block" + block.line() + " {\n"
        + CONTEXT_TYPES + fields + members
        + "  public void run() throws Exception {\n" + statements + "  }\n}\n";
  }

  /** Whether a declaration of a type or a method starts at line {@code i}, with its annotations. */
  private static boolean isDeclaration(String[] lines, int i) {
    int first = i;
    while (first < lines.length && lines[first].startsWith("@")) {
      first++;
    }
    if (first == lines.length || lines[i].isEmpty() || Character.isWhitespace(lines[i].charAt(0))) {
      return false;
    }
    String line = lines[first];
    return first > i && !line.startsWith("@") && !line.isEmpty()
        || line.matches("((public|final|abstract|static)\\s+)*(class|interface|record|enum)\\s.*")
        || line.matches("(public|private|protected)\\s.*\\)\\s*(throws [\\w., ]+)?\\{\\s*$");
  }

  /** The compiler's messages, empty when it compiled. */
  private static String compile(Path output, String className, String source, List<String> extra)
      throws IOException {
    Files.createDirectories(output);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, UTF_8)) {
      JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-proc:none",
          "-Xlint:-options"));
      if (extra.isEmpty()) {
        options.addAll(List.of("-classpath", System.getProperty("java.class.path")));
      }
      options.addAll(extra);
      boolean ok = compiler.getTask(messages, files, null, options, null, List.of(unit)).call();
      return ok ? "" : messages + "\n--- the source compiled:\n" + numbered(source);
    }
  }

  /** A module declaration: its module with one class in each package it opens or exports. */
  private static void compileModule(Block block, Path work) throws IOException {
    Matcher name = Pattern.compile("module\\s+([\\w.]+)").matcher(block.code());
    assertThat(name.find()).as("%s: a module declaration", block).isTrue();
    Path source = work.resolve("src");
    Files.createDirectories(source);
    Files.writeString(source.resolve("module-info.java"), block.code(), UTF_8);
    List<String> units = new ArrayList<>(List.of(source.resolve("module-info.java").toString()));
    Matcher packages = Pattern.compile("(?:opens|exports)\\s+([\\w.]+)").matcher(block.code());
    while (packages.find()) {
      Path folder = source.resolve(packages.group(1).replace('.', '/'));
      Files.createDirectories(folder);
      Path type = folder.resolve("Consumer.java");
      Files.writeString(type, "package " + packages.group(1) + ";\npublic class Consumer {}\n");
      units.add(type.toString());
    }
    StringBuilder modulePath = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar") || Files.exists(Path.of(entry, "module-info.class"))) {
        modulePath.append(modulePath.length() == 0 ? "" : java.io.File.pathSeparator).append(entry);
      }
    }
    List<String> arguments = new ArrayList<>(List.of("-d", work.resolve("out").toString(),
        "--module-path", modulePath.toString(), "-proc:none"));
    arguments.addAll(units);
    StringWriter messages = new StringWriter();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null,
        new PrintStream(new java.io.OutputStream() {
          @Override
          public void write(int b) {
            messages.write(b);
          }
        }, true, UTF_8), arguments.toArray(new String[0]));
    assertThat(status).as("%s: the module declaration does not compile:%n%s", block, messages)
        .isZero();
  }

  /** Runs a block that needs nothing: each line it prints is a line of the README's text after it. */
  private static void runAndCompare(Block block, Path classes) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeSamplesTest.class.getClassLoader())) {
      Class<?> type = loader.loadClass("readme.Block" + block.line());
      System.setOut(new PrintStream(printed, true, UTF_8));
      type.getMethod("run").invoke(type.getConstructor().newInstance());
    } catch (InvocationTargetException e) {
      throw new AssertionError(block + ": the sample throws " + e.getCause(), e.getCause());
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(UTF_8).strip();
    assertThat(text).as("%s: what the sample prints", block).isNotEmpty();
    assertThat(List.of(block.textAfter().split("\n")))
        .as("%s: the README's output of the sample", block)
        .containsAll(List.of(text.split("\n")));
  }

  private static String numbered(String source) {
    StringBuilder text = new StringBuilder();
    String[] lines = source.split("\n");
    for (int i = 0; i < lines.length; i++) {
      text.append(String.format(Locale.ROOT, "%3d  %s%n", i + 1, lines[i]));
    }
    return text.toString();
  }
}
