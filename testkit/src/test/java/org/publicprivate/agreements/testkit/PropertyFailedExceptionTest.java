package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WithoutTestkitSystemProperties.class)
class PropertyFailedExceptionTest {

  @Test
  void reportsSeedTryCounterexamplesStepsAndFailure() {
    PropertyFailedException failure = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(Gens.listOf(Gens.ints(0, 1_000), 0, 20)).named("lists are short")
            .seed(42L).check(list -> list.size() <= 3));

    assertThat(failure).isInstanceOf(AssertionError.class);
    assertThat(failure.getMessage()).startsWith("Property 'lists are short' failed on try "
            + failure.tryNumber() + " of 1000 (seed 42).")
        .contains("\n  Original counterexample: " + failure.originalCounterexample())
        .contains("\n  Shrunk counterexample:   [0, 0, 0, 0]")
        .contains("\n  Shrinking:               " + failure.shrinkSteps() + " steps\n")
        .contains("\n  Failure:                 predicate was false")
        .endsWith("\nReproduce with -Dagreements.testkit.seed=42");
    assertThat(failure.seed()).isEqualTo(42L);
    assertThat(failure.getCause()).isNull();
  }

  @Test
  void reportsTheExceptionAsTheCauseAndInTheMessage() {
    PropertyFailedException failure = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(Gens.ints(0, 1_000)).seed(42L).verify(n -> {
          if (n >= 10) {
            throw new IllegalStateException("too large: " + n);
          }
        }));

    assertThat(failure.shrunkCounterexample()).isEqualTo(10);
    assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class)
        .hasMessage("too large: 10");
    assertThat(failure.getMessage())
        .contains("\n  Failure:                 java.lang.IllegalStateException: too large: 10")
        .contains("\n  Original failure:        java.lang.IllegalStateException: too large: "
            + failure.originalCounterexample());
  }

  @Test
  void reportsAFailedAssertionAsTheCause() {
    PropertyFailedException failure = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(Gens.ints(0, 1_000)).seed(42L)
            .verify(n -> assertThat(n).isLessThan(100)));

    assertThat(failure.shrunkCounterexample()).isEqualTo(100);
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("100");
  }

  @Test
  void quotesTextAndShowsSeveralValuesAsATuple() {
    PropertyFailedException failure = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(Gens.strings("ab", 0, 5), Gens.ints(0, 9)).seed(42L)
            .check((text, n) -> n < 3));

    assertThat(failure.getMessage()).contains("\n  Shrunk counterexample:   (\"\", 3)");
  }

  @Test
  void namesAnUnnamedPropertyPlainly() {
    PropertyFailedException failure = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(Gens.constant(List.of())).seed(1L).check(list -> false));

    assertThat(failure.getMessage()).startsWith("Property failed on try 1 of 1000 (seed 1).");
  }
}
