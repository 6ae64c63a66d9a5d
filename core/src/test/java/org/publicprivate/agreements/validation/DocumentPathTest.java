package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths in the JSON's own terms, built step by step. */
class DocumentPathTest {

  @Test
  void writesPropertiesWithDotsAndIndexesInBrackets() {
    DocumentPath path = DocumentPath.of("commitments").index(2).property("parties").index(0);

    assertThat(path).hasToString("commitments[2].parties[0]");
    assertThat(path.steps()).containsExactly("commitments", 2, "parties", 0);
    assertThat(path.isRoot()).isFalse();
  }

  @Test
  void theRootIsEmpty() {
    assertThat(DocumentPath.root()).hasToString("");
    assertThat(DocumentPath.root().steps()).isEmpty();
    assertThat(DocumentPath.root().isRoot()).isTrue();
    assertThat(DocumentPath.root().property("title")).isEqualTo(DocumentPath.of("title"));
  }

  @Test
  void sharesTheStepsBeforeAndLeavesThemUnchanged() {
    DocumentPath parties = DocumentPath.of("parties");
    DocumentPath first = parties.index(0);
    DocumentPath second = parties.index(1).property("name");

    assertThat(parties).hasToString("parties");
    assertThat(first).hasToString("parties[0]");
    assertThat(second).hasToString("parties[1].name");
  }

  @Test
  void pathsOfTheSameTextAreEqual() {
    assertThat(DocumentPath.of("a").index(1).property("b"))
        .isEqualTo(DocumentPath.of("a").index(1).property("b"))
        .hasSameHashCodeAs(DocumentPath.of("a").index(1).property("b"))
        .isNotEqualTo(DocumentPath.of("a").index(2).property("b"))
        .doesNotHaveSameHashCodeAs(DocumentPath.of("a").index(2).property("b"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "a.b", "a[0]", "a]", ".a", "[a", "]a"})
  void refusesAPropertyNameThatWouldNotReadBack(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentPath.of(name))
        .withMessage("DocumentPath.property must be a name without '.', '[' or ']', was \""
            + name + "\"");
  }

  @Test
  void refusesANegativeIndexAndAnIndexOfTheRootOrOfAnIndex() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentPath.of("parties").index(-1))
        .withMessage("DocumentPath.index must be 0 or more, was -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentPath.root().index(0))
        .withMessage("DocumentPath.index needs a property that is a list, but the root is none");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentPath.of("parties").index(1).index(2))
        .withMessage("DocumentPath.index needs a property that is a list, but \"parties[1]\" ends"
            + " in an index");
  }

  @Test
  void stepsAreUnmodifiable() {
    List<Object> steps = DocumentPath.of("a").steps();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> steps.add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
