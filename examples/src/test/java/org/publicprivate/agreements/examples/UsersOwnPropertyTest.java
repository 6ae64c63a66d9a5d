package org.publicprivate.agreements.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.jackson.AgreementJson;
import org.publicprivate.agreements.testkit.AgreementGens;
import org.publicprivate.agreements.testkit.Property;
import org.publicprivate.agreements.testkit.PropertyTest;
import org.publicprivate.agreements.validation.AgreementValidator;

/**
 * What a user's own property tests look like: a service that stores agreements as JSON checks,
 * over hundreds of generated agreements, that what it stores reads back equal and still validates.
 */
class UsersOwnPropertyTest {
  private final ObjectMapper mapper = AgreementJson.newMapper();
  private final AgreementValidator validator = AgreementValidator.create(Locale.KOREAN);

  /** Stands for the service's own storage: here, JSON bytes. */
  private byte[] store(Agreement agreement) throws Exception {
    return mapper.writeValueAsBytes(agreement);
  }

  private Agreement load(byte[] stored) throws Exception {
    return mapper.readValue(stored, Agreement.class);
  }

  @PropertyTest(tries = 300)
  void everyAgreementTheServiceStoresReadsBackEqual() {
    Property.forAll(AgreementGens.validAgreements())
        .verify(agreement -> assertThat(load(store(agreement))).isEqualTo(agreement));
  }

  @PropertyTest(tries = 300)
  void aStoredValidAgreementStaysValid() {
    Property.forAll(AgreementGens.validAgreements())
        .verify(agreement -> assertThat(validator.validate(load(store(agreement))).isValid())
            .isTrue());
  }
}
