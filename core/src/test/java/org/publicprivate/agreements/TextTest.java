package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.publicprivate.agreements.attributes.CommitmentAttribute;

/**
 * {@link Text#normalize(String, org.publicprivate.agreements.attributes.Attribute)} gives what
 * stripping and NFC give, whether the text takes its one-look way (characters below U+0300 and
 * Hangul syllables, nothing to strip) or the long way.
 */
class TextTest {
  @Test
  void normalizesAsStripAndNfcDoOverEveryCharacterAtEitherEnd() {
    for (char c = 0; c < 0x3100; c++) {
      if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK) {
        continue; // not free text at the start of a text, or not alone: FreeTextTest's
      }
      for (String text : new String[] {c + "부산 x", "부산 x" + c, c + "", "e" + c}) {
        assertThat(Text.normalize(text, CommitmentAttribute.SUMMARY)).as("U+%04X in %s", (int) c, text)
            .isEqualTo(Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
      }
    }
  }

  @Test
  void normalizesAsStripAndNfcDoOverMixedTexts() {
    Random random = new Random(20261130);
    char[] alphabet = {' ', '\t', '\u3000', 'a', 'e', '\u00e9', '\u0301', '\u1100', '\u1161',
        '\u11a8', '\uac00', '\ud7a3', '부', '\u2126', '\u212b', '-', '\u001c', '\u0085', '\u00a0'};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String given = text.toString();
      String normalized = Text.normalize(given, CommitmentAttribute.SUMMARY);
      assertThat(normalized).as("%s", given.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(Normalizer.normalize(given.strip(), Normalizer.Form.NFC));
      if (normalized.equals(given)) {
        assertThat(normalized).isSameAs(given); // nothing to do: the same instance
      }
    }
  }
}
