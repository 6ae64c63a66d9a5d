package org.publicprivate.agreements.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WithoutTestkitSystemProperties.class)
class PropertyTestAnnotationTest {

  @PropertyTest(tries = 200)
  void givesItsTriesToThePropertiesItRuns() {
    AtomicInteger calls = new AtomicInteger();

    PropertyResult result = Property.forAll(Gens.ints(0, 9)).verify(n -> calls.incrementAndGet());

    assertThat(calls).hasValue(200);
    assertThat(result.tries()).isEqualTo(200);
  }

  @PropertyTest(tries = 200)
  void letsAPropertyOverrideItsTries() {
    assertThat(Property.forAll(Gens.ints(0, 9)).tries(3).check(n -> true).tries()).isEqualTo(3);
  }

  @PropertyTest(seed = "-17")
  void givesItsSeedToThePropertiesItRuns() {
    assertThat(Property.forAll(Gens.ints(0, 9)).tries(1).check(n -> true).seed()).isEqualTo(-17L);
  }

  @PropertyTest(maxShrinkSteps = 0)
  void givesItsShrinkStepLimitToThePropertiesItRuns() {
    PropertyFailedException failure = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(Gens.ints(0, 1_000_000)).check(n -> n < 10));

    assertThat(failure.shrinkSteps()).isZero();
  }

  @PropertyTest
  @DisplayName("allocation sums to the whole")
  void namesThePropertiesAfterTheTest() {
    PropertyFailedException failure = catchThrowableOfType(PropertyFailedException.class,
        () -> Property.forAll(Gens.ints(0, 9)).check(n -> false));
    PropertyResult result = Property.forAll(Gens.ints(0, 9)).tries(1).check(n -> true);

    assertThat(failure).hasMessageStartingWith("Property 'allocation sums to the whole' failed");
    assertThat(result.name()).contains("allocation sums to the whole");
  }

  @PropertyTest
  void runsAThousandTriesByDefault() {
    assertThat(Property.forAll(Gens.ints(0, 9)).check(n -> true).tries()).isEqualTo(1_000);
  }
}
