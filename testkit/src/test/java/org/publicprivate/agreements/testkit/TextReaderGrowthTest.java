package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.AgreementId;
import org.publicprivate.agreements.BusinessRegistrationNumber;
import org.publicprivate.agreements.CommitmentId;
import org.publicprivate.agreements.Condition;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.CorporateRegistrationNumber;
import org.publicprivate.agreements.ExtensionValue;
import org.publicprivate.agreements.Extensions;
import org.publicprivate.agreements.ForeignAmount;
import org.publicprivate.agreements.FreeText;
import org.publicprivate.agreements.Identifier;
import org.publicprivate.agreements.LanguageTags;
import org.publicprivate.agreements.Location;
import org.publicprivate.agreements.Milestone;
import org.publicprivate.agreements.MoneyAmount;
import org.publicprivate.agreements.PartialDate;
import org.publicprivate.agreements.PartyId;
import org.publicprivate.agreements.Person;
import org.publicprivate.agreements.ProgrammeId;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.Quantity;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.RegionCode;
import org.publicprivate.agreements.SourceId;
import org.publicprivate.agreements.attributes.AttributePaths;
import org.publicprivate.agreements.attributes.Declaration;
import org.publicprivate.agreements.validation.DocumentPath;

/**
 * Every public static method of core that takes text (each {@code parse}, each {@code of(String)},
 * {@code Qualifier.split}, {@code FreeText.problem}…) costs the same per character for texts of
 * 1,000 characters and of 32,000, in each of the hostile texts below (long runs of digits, of
 * Korean units, of qualifier words, of spaces, of decomposed Hangul, of brackets; a valid value
 * with a long label). A value or the documented {@code IllegalArgumentException} is the outcome;
 * its message is made, and counted, too. Readers of a {@code CharSequence} are given one that
 * counts its reads ({@link CountingText}), so that a loop that reads the text again for each
 * character fails even when it allocates nothing.
 *
 * <p>{@link #everyTextReaderOfCoreHasAGrowthCase} finds the methods by reflection over core's
 * classes: a new one fails it until it has a line in {@link #readers()}. Enums' {@code valueOf}
 * is left out: the JDK writes it.
 */
class TextReaderGrowthTest {

  /** Each reader of core, by its signature, as a function of one text. */
  static Map<String, Function<CharSequence, Object>> readers() {
    Map<String, Function<CharSequence, Object>> readers = new LinkedHashMap<>();
    readers.put("MoneyAmount.parse(CharSequence)", MoneyAmount::parse);
    readers.put("ForeignAmount.parse(CharSequence)", ForeignAmount::parse);
    readers.put("PartialDate.parse(CharSequence)", PartialDate::parse);
    readers.put("Quantity.parse(CharSequence,QuantityUnit)",
        text -> Quantity.parse(text, QuantityUnit.JOBS));
    readers.put("Quantity.parse(CharSequence,QuantityUnit) of OTHER",
        text -> Quantity.parse(text, QuantityUnit.OTHER));
    readers.put("Qualifier.split(CharSequence)", Qualifier::split);
    readers.put("FreeText.problem(CharSequence)", FreeText::problem);
    readers.put("BusinessRegistrationNumber.parse(CharSequence)", BusinessRegistrationNumber::parse);
    readers.put("BusinessRegistrationNumber.of(String)",
        text -> BusinessRegistrationNumber.of(text.toString()));
    readers.put("CorporateRegistrationNumber.parse(CharSequence)",
        CorporateRegistrationNumber::parse);
    readers.put("CorporateRegistrationNumber.of(String)",
        text -> CorporateRegistrationNumber.of(text.toString()));
    readers.put("LanguageTags.parse(String)", text -> LanguageTags.parse(text.toString()));
    readers.put("RegionCode.of(String)", text -> RegionCode.of(text.toString()));
    readers.put("AgreementId.of(String)", text -> AgreementId.of(text.toString()));
    readers.put("PartyId.of(String)", text -> PartyId.of(text.toString()));
    readers.put("CommitmentId.of(String)", text -> CommitmentId.of(text.toString()));
    readers.put("ProgrammeId.of(String)", text -> ProgrammeId.of(text.toString()));
    readers.put("SourceId.of(String)", text -> SourceId.of(text.toString()));
    readers.put("Identifier.of(String,String)", text -> Identifier.of(text.toString(), "9884"));
    readers.put("Identifier.of(String,String) of the id",
        text -> Identifier.of("XI-LEI", text.toString()));
    readers.put("Location.of(String)", text -> Location.of(text.toString()));
    readers.put("Location.of(String,RegionCode)",
        text -> Location.of(text.toString(), RegionCode.of("26")));
    readers.put("Person.of(String)", text -> Person.of(text.toString()));
    readers.put("Person.of(String,String)", text -> Person.of("박형준", text.toString()));
    readers.put("Condition.of(ConditionKind,String)",
        text -> Condition.of(ConditionKind.OTHER, text.toString()));
    readers.put("Quantity.of(long,QuantityUnit,Qualifier,String)",
        text -> Quantity.of(300, QuantityUnit.OTHER, Qualifier.EXACTLY, text.toString()));
    readers.put("ExtensionValue.of(String)", text -> ExtensionValue.of(text.toString()));
    readers.put("Extensions.isName(String)", text -> Extensions.isName(text.toString()));
    readers.put("DocumentPath.of(String)", text -> DocumentPath.of(text.toString()));
    readers.put("Declaration.required(String,int)",
        text -> Declaration.required(text.toString(), 1));
    readers.put("Declaration.optional(String,int)",
        text -> Declaration.optional(text.toString(), 2));
    readers.put("Milestone.of(String)", text -> Milestone.of(text.toString()));
    readers.put("AttributePaths.problem(String)",
        text -> AttributePaths.problem(text.toString()));
    return readers;
  }

  /** The hostile texts, each of about {@code n} characters. */
  static Map<String, IntFunction<String>> texts() {
    Map<String, IntFunction<String>> texts = new LinkedHashMap<>();
    texts.put("digits", "1"::repeat);
    texts.put("digits grouped by commas", n -> "1,000".repeat(n / 5));
    texts.put("spaces around a number", n -> " ".repeat(n / 2) + "300" + " ".repeat(n / 2));
    texts.put("Korean units", "만"::repeat);
    texts.put("a number before Korean units", n -> "3" + "억".repeat(n - 1));
    texts.put("qualifier words", n -> "약 ".repeat(n / 2) + "300명");
    texts.put("qualifier words after", n -> "300명" + " 이상".repeat(n / 3));
    texts.put("decomposed Hangul", n -> Normalizer.normalize("가".repeat(n / 2),
        Normalizer.Form.NFD));
    texts.put("combining marks", n -> "a" + "\u0301".repeat(n - 1));
    texts.put("a long label", n -> "300명(" + "가".repeat(n) + ")");
    texts.put("opening brackets", "("::repeat);
    texts.put("hyphens", "-"::repeat);
    texts.put("letters and digits", n -> "a1".repeat(n / 2));
    texts.put("a date's parts", n -> "2024-".repeat(n / 5));
    texts.put("won after many digits", n -> "9".repeat(n) + "원");
    return texts;
  }

  /** Every reader with every hostile text. */
  static Stream<String> cases() {
    List<String> cases = new ArrayList<>();
    for (String reader : readers().keySet()) {
      for (String text : texts().keySet()) {
        cases.add(reader + " | " + text);
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void costsTheSamePerCharacterAtEveryLength(String name) {
    String[] parts = name.split(" \\| ");
    Function<CharSequence, Object> reader = readers().get(parts[0]);
    IntFunction<String> text = texts().get(parts[1]);
    GrowthReport report = Growth.of(name, (int n) -> new CountingText(text.apply(n)),
            (CountingText input) -> read(reader, input))
        .countingOperations(CountingText::reads)
        .check();
    assertThat(report.sizes()).hasSize(Growth.DEFAULT_DOUBLINGS + 1);
  }

  /**
   * A lead from fuzzing's timings was that {@code Quantity.parse} took four times as long per
   * character above 128k characters. Counted instead of timed, from 128Ki to 2Mi characters, its
   * allocation per character stays flat (0 to 12 bytes, by the kind of text) and it reads the text
   * once: the lead is not borne out. (It reads the text once because it normalises a copy; a loop
   * over that copy that allocates nothing would not show in these counts.)
   */
  @Test
  void quantityParseCostsTheSamePerCharacterAbove128kCharacters() {
    for (String kind : List.of("digits", "spaces around a number", "a long label",
        "decomposed Hangul", "qualifier words")) {
      IntFunction<String> text = texts().get(kind);
      GrowthReport report = Growth.of("Quantity.parse, " + kind + ", long",
              (int n) -> new CountingText(text.apply(n)),
              (CountingText input) -> read(text2 -> Quantity.parse(text2, QuantityUnit.JOBS), input))
          .sizes(1 << 17, 4).countingOperations(CountingText::reads).check();
      System.out.println(report);
    }
  }

  /** Hostile JSON paths of about {@code n} characters (a prefix, then a filler up to n). */
  static Map<String, IntFunction<String>> paths() {
    Map<String, IntFunction<String>> paths = new LinkedHashMap<>();
    paths.put("a long name", n -> fill("", "a", n));
    paths.put("a long name after a valid prefix",
        n -> fill("commitments[0].milestones[0].", "a", n));
    paths.put("a long index", n -> fill("commitments[", "1", n - 1) + "]");
    paths.put("an index never closed", n -> fill("commitments[", "1", n));
    paths.put("opening brackets after a list", n -> fill("commitments", "[", n));
    paths.put("dots", n -> fill("", ".", n));
    paths.put("the deepest valid path, then a long name",
        n -> fill("commitments[0].progress[0].achieved[0].", "q", n));
    return paths;
  }

  private static String fill(String prefix, String filler, int n) {
    return prefix + filler.repeat(Math.max(1, n - prefix.length()));
  }

  /**
   * {@code AttributePaths.problem} turns away a path longer than {@code AttributePaths.MAX_LENGTH}
   * (1,000) unread, so the texts of {@link #costsTheSamePerCharacterAtEveryLength} above that
   * length cost it nothing: here its growth is counted from 31 to 992 characters, where it reads
   * each path, in shapes of paths.
   */
  @Test
  void attributePathsProblemCostsTheSamePerCharacterBelowItsLimit() {
    for (Map.Entry<String, IntFunction<String>> path : paths().entrySet()) {
      assertThat(path.getValue().apply(992)).hasSizeLessThanOrEqualTo(AttributePaths.MAX_LENGTH);
      GrowthReport report = Growth.of("AttributePaths.problem, " + path.getKey(),
              (int n) -> path.getValue().apply(n), AttributePaths::problem)
          .sizes(31, 5).check();
      assertThat(AttributePaths.problem(path.getValue().apply(31))).isPresent();
      System.out.println(report);
    }
  }

  @Test
  void everyTextReaderOfCoreHasAGrowthCase() throws Exception {
    TreeSet<String> found = new TreeSet<>();
    for (Class<?> type : coreClasses()) {
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass() == type && Modifier.isStatic(method.getModifiers())
            && takesText(method) && !(type.isEnum() && method.getName().equals("valueOf"))) {
          found.add(type.getSimpleName() + "." + method.getName() + "("
              + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                  .collect(Collectors.joining(",")) + ")");
        }
      }
    }
    TreeSet<String> covered = new TreeSet<>();
    for (String reader : readers().keySet()) {
      covered.add(reader.replaceFirst("\\) .*", ")"));
    }
    assertThat(found).as("core's public static methods that take text").hasSizeGreaterThan(20);
    assertThat(covered).as("readers with a growth case: add one for each new reader")
        .isEqualTo(found);
  }

  private static boolean takesText(Method method) {
    for (Class<?> parameter : method.getParameterTypes()) {
      if (parameter == String.class || parameter == CharSequence.class) {
        return true;
      }
    }
    return false;
  }

  /** The value read, or the message of the documented exception. */
  private static Object read(Function<CharSequence, Object> reader, CharSequence text) {
    try {
      return reader.apply(text);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The public classes of core's exported packages, found in its jar or classes folder. */
  private static List<Class<?>> coreClasses() throws IOException, URISyntaxException {
    Path location = Path.of(Agreement.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(location::relativize).map(Path::toString)
            .forEach(name -> names.add(name.replace('\\', '/')));
      }
    } else {
      try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(location.toFile())) {
        jar.stream().forEach(entry -> names.add(entry.getName()));
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith("org/publicprivate/agreements/") && name.endsWith(".class")
          && !name.endsWith("module-info.class") && !name.endsWith("package-info.class")) {
        Class<?> type;
        try {
          type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
              Agreement.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError("a class of core that does not load: " + name, e);
        }
        if (Modifier.isPublic(type.getModifiers())) {
          classes.add(type);
        }
      }
    }
    return classes;
  }
}
