package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.attributes.CommitmentAttribute;

/**
 * {@link Output} leaves an empty list out and writes a non-empty one whatever the list's class: it
 * asks the shared empty list first only to spare a dispatched call (decision 0022), so a list of
 * another class must still be asked, in the plain output and in the output sorted by name.
 */
class OutputListsTest {
  private static final Shape<CommitmentAttribute> COMMITMENT = CommitmentFormat.COMMITMENT;
  private static final Name BENEFICIARIES = COMMITMENT.name(CommitmentAttribute.BENEFICIARIES);
  private static final Name DEPENDS_ON = COMMITMENT.name(CommitmentAttribute.DEPENDS_ON);

  private static final List<List<String>> EMPTY = List.of(Collections.emptyList(), List.of(),
      new ArrayList<>(), new LinkedList<>(), Collections.unmodifiableList(new ArrayList<>()),
      Arrays.asList());

  private static final List<List<String>> TWO = List.of(List.of("가", "나"),
      new ArrayList<>(List.of("가", "나")), new LinkedList<>(List.of("가", "나")),
      Collections.unmodifiableList(new ArrayList<>(List.of("가", "나"))), Arrays.asList("가", "나"));

  @Test
  void anEmptyListOfAnyClassIsLeftOut() {
    for (Function<TokenWriter, Output> output : outputs()) {
      for (List<String> empty : EMPTY) {
        assertThat(write(output, empty))
            .as("%s", empty.getClass())
            .doesNotContain("beneficiaries").doesNotContain("dependsOn")
            .isEqualTo(write(output, Collections.emptyList()));
      }
    }
  }

  @Test
  void aListOfAnyClassIsWrittenWhole() {
    for (Function<TokenWriter, Output> output : outputs()) {
      assertThat(write(output, Collections.singletonList("가")))
          .contains("\"beneficiaries\" : [ \"\\uAC00\" ]")
          .contains("\"dependsOn\" : [ \"\\uAC00\" ]");
      for (List<String> two : TWO) {
        assertThat(write(output, two))
            .as("%s", two.getClass())
            .contains("\"beneficiaries\" : [ \"\\uAC00\",\n  \"\\uB098\" ]")
            .contains("\"dependsOn\" : [ \"\\uAC00\",\n  \"\\uB098\" ]");
      }
    }
  }

  private static List<Function<TokenWriter, Output>> outputs() {
    return List.of(writer -> new Output(writer, false),
        writer -> Output.sortedByName(writer, false));
  }

  /** An object of a commitment's shape with {@code values} as beneficiaries and dependencies. */
  private static String write(Function<TokenWriter, Output> output, List<String> values) {
    JsonText json = new JsonText();
    Output out = output.apply(json);
    out.start(COMMITMENT)
        .strings(BENEFICIARIES, values)
        .list(DEPENDS_ON, values, (o, value) -> o.writer().string(value))
        .end(COMMITMENT);
    return json.toString();
  }
}
