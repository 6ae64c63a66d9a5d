package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's packages depend on each other in one cycle only: the model carries the validation's
 * constraint, and the validation checks the model. Read from the sources: their imports (static
 * ones too) and the qualified names in their code, comments left out.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final String ROOT = "org.publicprivate.agreements";
  /** A name of ours that a type follows: its package is group 1. */
  private static final Pattern QUALIFIED =
      Pattern.compile("\\b(org\\.publicprivate\\.agreements(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

  @Test
  void theOnlyCycleIsTheModelAndItsValidation() throws IOException {
    Map<String, Set<String>> uses = dependencies();

    assertThat(uses).containsKeys(ROOT, ROOT + ".validation");
    assertThat(cycles(uses)).containsExactly(Set.of(ROOT, ROOT + ".validation"));
  }

  /** Each package of ours and the packages of ours its sources import. */
  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.getFileName().toString().equals("module-info.java"))
          .forEach(file -> {
            String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
            Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
            Matcher qualified = QUALIFIED.matcher(code(file));
            while (qualified.find()) {
              if (!qualified.group(1).equals(pkg)) {
                used.add(qualified.group(1));
              }
            }
          });
    }
    return uses;
  }

  /** The strongly connected sets of two or more packages (Tarjan's algorithm). */
  private static List<Set<String>> cycles(Map<String, Set<String>> uses) {
    List<Set<String>> cycles = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    List<String> stack = new ArrayList<>();
    for (String pkg : uses.keySet()) {
      if (!index.containsKey(pkg)) {
        connect(pkg, uses, index, low, stack, cycles);
      }
    }
    return cycles;
  }

  private static void connect(String pkg, Map<String, Set<String>> uses,
      Map<String, Integer> index, Map<String, Integer> low, List<String> stack,
      List<Set<String>> cycles) {
    index.put(pkg, index.size());
    low.put(pkg, index.get(pkg));
    stack.add(pkg);
    for (String next : uses.getOrDefault(pkg, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, uses, index, low, stack, cycles);
        low.put(pkg, Math.min(low.get(pkg), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(pkg, Math.min(low.get(pkg), index.get(next)));
      }
    }
    if (low.get(pkg).equals(index.get(pkg))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.remove(stack.size() - 1);
        component.add(member);
      } while (!member.equals(pkg));
      if (component.size() > 1) {
        cycles.add(component);
      }
    }
  }

  /** The source without its comments. */
  private static String code(Path file) {
    try {
      return COMMENTS.matcher(Files.readString(file)).replaceAll(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
