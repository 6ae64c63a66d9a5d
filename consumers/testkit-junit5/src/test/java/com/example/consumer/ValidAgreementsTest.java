package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;
import org.publicprivate.agreements.validation.AgreementValidator;

/** A user's property test with the testkit, on the JUnit version of this project only. */
class ValidAgreementsTest {
  private static final AgreementValidator VALIDATOR = AgreementValidator.create();

  @PropertyTest(tries = 50)
  void everyGeneratedValidAgreementIsValid() {
    Property.forAll(AgreementGens.validAgreements())
        .check(agreement -> VALIDATOR.validate(agreement).isValid());
  }

  @Test
  void aPropertyTriesAsManyValuesAsAsked() {
    AtomicInteger tried = new AtomicInteger();
    Property.forAll(AgreementGens.validAgreements()).tries(20).seed(7)
        .check(agreement -> tried.incrementAndGet() > 0);
    assertEquals(20, tried.get());
  }

  @Test
  void runsOnThisProjectsJUnitAlone() {
    // The testkit brings no JUnit of its own: the API on the class path is the one this pom names.
    assertEquals("5.14.4", Test.class.getPackage().getImplementationVersion());
  }
}
