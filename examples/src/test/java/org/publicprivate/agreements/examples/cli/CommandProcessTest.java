package org.publicprivate.agreements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code agreements} command run as users run it: as its own Java process, with the bytes it
 * writes to standard output and standard error read back unchanged.
 */
class CommandProcessTest {
  private static final Path FOUNDING =
      Path.of("src/main/resources/busan-future-car-mou-2023-05-22.json");

  @TempDir Path dir;

  record Result(int status, byte[] out, String err) {}

  /** Runs {@code agreements} in a new JVM with the given JVM options and arguments. */
  static Result agreements(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    return agreementsIn(Path.of(""), jvmOptions, args);
  }

  /**
   * Runs {@code agreements} in a new JVM in the working directory {@code directory}, so that file
   * names are read as a user in that directory types them.
   */
  static Result agreementsIn(Path directory, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator)));
    command.add(AgreementsCommand.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .directory(directory.toAbsolutePath().toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
    process.getOutputStream().close();
    byte[][] streams = new byte[2][];
    Thread errReader = new Thread(() -> streams[1] = readAll(process.getErrorStream()));
    errReader.start();
    streams[0] = readAll(process.getInputStream());
    errReader.join();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the process ends").isTrue();
    return new Result(process.exitValue(), streams[0],
        new String(streams[1], StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void formatWritesTheDocumentsBytesWhateverThePlatformCharset() throws Exception {
    // An ASCII platform charset would turn every Hangul syllable into '?' if the document went
    // through a String and the platform's encoder; the command writes the writer's bytes instead.
    Result result = agreements(
        List.of("-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII",
            "-Dsun.stdout.encoding=US-ASCII"),
        "format", FOUNDING.toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(Files.readAllBytes(FOUNDING));
  }

  @Test
  void formatCheckAcceptsTheFoundingFileAsItIs() throws Exception {
    Result result = agreements(List.of(), "format", "--check", FOUNDING.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void anErrorOfTheVirtualMachineIsOneLineAndExitStatusTwo() throws Exception {
    // 96 MiB of spaces is within the 256 MiB document limit, but not within a 32 MiB heap: reading
    // it runs out of memory. The user sees one line and status 2, not a stack trace.
    Path large = dir.resolve("large.json");
    byte[] spaces = new byte[1024 * 1024];
    java.util.Arrays.fill(spaces, (byte) ' ');
    try (var out = Files.newOutputStream(large)) {
      for (int i = 0; i < 96; i++) {
        out.write(spaces);
      }
    }

    Result result = agreements(List.of("-Xmx32m", "-XX:-UsePerfData"),
        "validate", large.toString());

    assertThat(result.status()).isEqualTo(AgreementsCommand.UNREADABLE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("agreements: OutOfMemoryError"));
  }

  @Test
  void formatInPlaceLeavesAFileWithALoneSurrogateAsItWas() throws Exception {
    // Round 1 read "x\uD800y" and rewrote the file with "x?y", exit 0.
    String founding = Files.readString(FOUNDING, StandardCharsets.UTF_8);
    String broken = founding.replaceFirst("\"title\": \"", "\"title\": \"x\\\\uD800y");
    assertThat(broken).contains("x\\uD800y");
    Path file = dir.resolve("surrogate.json");
    Files.writeString(file, broken, StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(file);

    Result result = agreements(List.of(), "format", "--in-place", file.toString());

    assertThat(result.status()).isEqualTo(AgreementsCommand.UNREADABLE);
    assertThat(result.err().lines().toList()).singleElement()
        .satisfies(line -> assertThat(line).startsWith(file + ": ").contains("title")
            .contains("text is not valid Unicode"));
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  /**
   * The README's runs of {@code summary} and {@code totals} on the follow-up record: each command
   * the README shows, run from the repository's root as the README runs it, prints exactly the
   * lines the README shows below it.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "summary --locale ko examples/documents/narae-investment-2029.json",
    "totals --locale ko examples/documents/narae-investment-2029.json"
        + " examples/documents/ganasi-investment-draft.json"})
  void theFollowUpRecordsCommandsPrintWhatTheReadmeShows(String arguments) throws Exception {
    String shown = readmeOutput("java -jar examples/target/agreements.jar " + arguments);

    Result result = agreementsIn(Path.of(".."), List.of(), arguments.split(" "));

    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isZero();
    assertThat(new String(result.out(), StandardCharsets.UTF_8)).isEqualTo(shown);
  }

  /**
   * The README's diff of the follow-up's signing-day and 2029 records, run as a process from the
   * repository's root: it prints exactly the lines the README shows and exits 1, for they differ.
   */
  @Test
  void theFollowUpDiffPrintsWhatTheReadmeShows() throws Exception {
    String arguments = "diff --locale ko examples/documents/narae-investment-signing-day.json"
        + " examples/documents/narae-investment-2029.json";
    String shown = readmeOutput("java -jar examples/target/agreements.jar " + arguments);

    Result result = agreementsIn(Path.of(".."), List.of(), arguments.split(" "));

    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(1);
    assertThat(new String(result.out(), StandardCharsets.UTF_8)).isEqualTo(shown);
  }

  /** The lines the README shows after {@code $ commandLine}, up to the next command or block end. */
  private static String readmeOutput(String commandLine) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf("$ " + commandLine);
    assertThat(start).as("the README shows $ %s", commandLine).isNotNegative();
    StringBuilder output = new StringBuilder();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("$ ") || line.startsWith("```") || line.startsWith("exit ")) {
        break;
      }
      output.append(line).append('\n');
    }
    return output.toString();
  }

  @Test
  void anUnreadableFileIsOneLineAndExitStatusTwo() throws Exception {
    Result result = agreements(List.of(), "validate", dir.resolve("nowhere.json").toString());

    assertThat(result.status()).isEqualTo(AgreementsCommand.UNREADABLE);
    assertThat(result.err().lines().toList())
        .containsExactly(dir.resolve("nowhere.json") + ": cannot read: no such file");
  }
}
