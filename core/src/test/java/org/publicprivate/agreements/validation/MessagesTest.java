package org.publicprivate.agreements.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Templates are written as Hibernate Validator's {@code ParameterMessageInterpolator} writes them
 * for the same parameters: named parameters replaced, expressions and unknown names left as they
 * are, backslash escapes of the four special characters.
 */
class MessagesTest {
  private static final Map<String, String> ARGUMENTS = Map.of("id", "busan", "first", "3");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "party \"{id}\" has no signatory | party \"busan\" has no signatory",
      "{id} and {first} | busan and 3",
      "{unknown} stays | {unknown} stays",
      "no parameters | no parameters",
      "'\\{id\\} is escaped' | {id} is escaped",
      "'a \\\\ backslash' | a \\ backslash",
      "'a \\$ dollar' | a $ dollar",
      "'\\n is not an escape' | \\n is not an escape",
      "${id} is an expression | ${id} is an expression",
      "'a { alone' | a { alone",
      "'ends in {id' | ends in {id",
      "'\\$ at the start' | $ at the start",
      "'ends in a backslash \\' | ends in a backslash \\",
      "'{id} ends in a dollar $' | busan ends in a dollar $",
      "'}x${id} after a brace' | }x${id} after a brace",
      "'}{id} after a brace' | }busan after a brace",
      "'${id} then {id}' | ${id} then busan",
  })
  void writesTemplatesAsHibernateValidatorsParameterInterpolatorDoes(String template,
      String expected) {
    assertThat(Messages.interpolate(template, ARGUMENTS)).isEqualTo(expected);
  }
}
