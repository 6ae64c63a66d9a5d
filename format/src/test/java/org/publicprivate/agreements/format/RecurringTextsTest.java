package org.publicprivate.agreements.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link RecurringTexts}: a value kept for a text is found by the text's characters wherever they
 * stand in a buffer, through the table's growth, for texts whose hash codes collide, and never
 * for another text; at most {@link RecurringTexts#MOST} texts are kept.
 */
class RecurringTextsTest {
  @Test
  void aTextKeptIsFoundByItsCharactersAtAnyOffsetOfABuffer() {
    RecurringTexts table = new RecurringTexts();
    Object value = new Object();
    table.put("2024-12", value);

    char[] buffer = "xx2024-12yy".toCharArray();
    assertThat(table.get(buffer, 2, 7)).isSameAs(value);
    assertThat(table.get(buffer, 2, 6)).isNull(); // "2024-1"
    assertThat(table.get(buffer, 1, 7)).isNull(); // "x2024-1"
    assertThat(table.get("2024-11".toCharArray(), 0, 7)).isNull();
    assertThat(table.get(new char[0], 0, 0)).isNull();
  }

  @Test
  void textsOfOneHashCodeAreToldApart() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    RecurringTexts table = new RecurringTexts();
    table.put("Aa", "first");
    table.put("BB", "second");

    assertThat(table.get("Aa".toCharArray(), 0, 2)).isEqualTo("first");
    assertThat(table.get("BB".toCharArray(), 0, 2)).isEqualTo("second");
    assertThat(table.get("AB".toCharArray(), 0, 2)).isNull();
  }

  @Test
  void everyTextKeptIsFoundAfterTheTableGrowsAndNoneBeyondTheMost() {
    RecurringTexts table = new RecurringTexts();
    int offered = RecurringTexts.MOST + 50;
    for (int i = 0; i < offered; i++) {
      table.put("source-" + i, i);
    }

    for (int i = 0; i < offered; i++) {
      char[] text = ("source-" + i).toCharArray();
      Object found = table.get(text, 0, text.length);
      if (i < RecurringTexts.MOST) {
        assertThat(found).as("source-%d", i).isEqualTo(i);
      } else {
        assertThat(found).as("source-%d, beyond the most kept", i).isNull();
      }
    }
  }
}
