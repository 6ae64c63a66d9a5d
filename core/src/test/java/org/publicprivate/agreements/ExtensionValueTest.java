package org.publicprivate.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtensionValueTest {
  private static final ExtensionValue DESK = ExtensionValue.object(Map.of(
      "deskId", ExtensionValue.of("INV-2023-0142"),
      "priority", ExtensionValue.of(2),
      "tags", ExtensionValue.list(ExtensionValue.of("미래차"), ExtensionValue.of(true))));

  @Test
  void holdsEachKindOfValueAndShowsItAsJson() {
    assertThat(DESK).isInstanceOf(ExtensionValue.ObjectValue.class);
    assertThat(DESK.toString())
        .isEqualTo("{\"deskId\": \"INV-2023-0142\", \"priority\": 2, \"tags\": [\"미래차\", true]}");
    ExtensionValue.ObjectValue object = (ExtensionValue.ObjectValue) DESK;
    assertThat(object.members().get("priority")).isEqualTo(new ExtensionValue.WholeNumber(2));
    assertThat(((ExtensionValue.ListValue) object.members().get("tags")).values())
        .containsExactly(new ExtensionValue.Text("미래차"), new ExtensionValue.Bool(true));
    assertThat(ExtensionValue.of("say \"hi\" \\ bye").toString())
        .isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
  }

  @Test
  void isEqualByValueAndObjectsWhateverTheOrderOfTheirMembers() {
    Map<String, ExtensionValue> reversed = new LinkedHashMap<>();
    reversed.put("tags", ExtensionValue.list(List.of(ExtensionValue.of("미래차"), ExtensionValue.of(true))));
    reversed.put("priority", ExtensionValue.of(2L));
    reversed.put("deskId", ExtensionValue.of("INV-2023-0142"));

    ExtensionValue same = ExtensionValue.object(reversed);

    assertThat(same).isEqualTo(DESK).hasSameHashCodeAs(DESK);
    assertThat(same.toString()).isEqualTo(DESK.toString());
    assertThat(ExtensionValue.list(ExtensionValue.of(1), ExtensionValue.of(2)))
        .isNotEqualTo(ExtensionValue.list(ExtensionValue.of(2), ExtensionValue.of(1)));
    assertThat(ExtensionValue.of("1")).isNotEqualTo(ExtensionValue.of(1));
  }

  @Test
  void sortsMembersByUtf16CodeUnitsAsRfc8785Does() {
    Map<String, ExtensionValue> members = new HashMap<>();
    for (String name : new String[] {"\uFB33", "\uD83D\uDE02", "\u00F6", "a", "B", "10", "1"}) {
      members.put(name, ExtensionValue.of(true));
    }

    ExtensionValue.ObjectValue object = (ExtensionValue.ObjectValue) ExtensionValue.object(members);

    assertThat(object.members().keySet())
        .containsExactly("1", "10", "B", "a", "\u00F6", "\uD83D\uDE02", "\uFB33");
  }

  @Test
  void storesTextAsGivenWithoutTrimmingOrNormalising() {
    String decomposed = Normalizer.normalize(" 부산 ", Normalizer.Form.NFD);

    ExtensionValue.Text text = (ExtensionValue.Text) ExtensionValue.of(decomposed);

    assertThat(text.value()).isEqualTo(decomposed).hasSize(7).startsWith(" ").endsWith(" ");
    assertThat(text).isNotEqualTo(ExtensionValue.of(" 부산 "));
  }

  @Test
  void isImmutable() {
    List<ExtensionValue> elements = new ArrayList<>(List.of(ExtensionValue.of(1)));
    ExtensionValue.ListValue list = (ExtensionValue.ListValue) ExtensionValue.list(elements);
    elements.add(ExtensionValue.of(2));
    ExtensionValue[] array = {ExtensionValue.of(1)};
    ExtensionValue.ListValue fromArray = (ExtensionValue.ListValue) ExtensionValue.list(array);
    array[0] = ExtensionValue.of(9);

    assertThat(list.values()).containsExactly(ExtensionValue.of(1));
    assertThat(fromArray.values()).containsExactly(ExtensionValue.of(1));
    assertThatThrownBy(() -> list.values().add(ExtensionValue.of(3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((ExtensionValue.ObjectValue) DESK).members().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, 9_007_199_254_740_991L, -9_007_199_254_740_991L})
  void holdsWholeNumbersThatEveryJsonReaderKeepsExactly(long value) {
    assertThat(((ExtensionValue.WholeNumber) ExtensionValue.of(value)).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(longs = {9_007_199_254_740_992L, -9_007_199_254_740_992L, Long.MAX_VALUE,
      Long.MIN_VALUE})
  void refusesWholeNumbersBeyondTwoToTheFiftyThirdMinusOne(long value) {
    assertThatThrownBy(() -> ExtensionValue.of(value))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ExtensionValue.wholeNumber must be within ±9007199254740991 (2^53−1), the range"
            + " every JSON reader keeps exactly; write other numbers as text, was " + value);
  }

  @Test
  void hasNoNull() {
    assertThatThrownBy(() -> ExtensionValue.of((String) null))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ExtensionValue.text must be text; extensions have no null, was \"null\"");
    assertThatThrownBy(() -> ExtensionValue.list(ExtensionValue.of(1), null))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ExtensionValue.list[1] must be a value; extensions have no null, was \"null\"");
    assertThatThrownBy(() -> ExtensionValue.list((List<ExtensionValue>) null))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("ExtensionValue.list must be a list; extensions have no null");
    Map<String, ExtensionValue> nullValue = new HashMap<>();
    nullValue.put("deskId", null);
    assertThatThrownBy(() -> ExtensionValue.object(nullValue))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ExtensionValue.object.deskId must be a value; extensions have no null,"
            + " was \"null\"");
    Map<String, ExtensionValue> nullName = new HashMap<>();
    nullName.put(null, ExtensionValue.of(1));
    assertThatThrownBy(() -> ExtensionValue.object(nullName))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ExtensionValue.object must be named values; extensions have no null,"
            + " was \"a null name\"");
  }

  @Test
  void refusesTextAndNamesThatAreNotValidUnicode() {
    assertThatThrownBy(() -> ExtensionValue.of("a\uD800b"))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ExtensionValue.text must be valid Unicode and stream-safe: text is not valid"
            + " Unicode: an unpaired surrogate at character 2, was \"a\uD800b\"");
    assertThatThrownBy(() -> ExtensionValue.object(Map.of("\uDC00", ExtensionValue.of(1))))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("ExtensionValue.object must be a name of valid Unicode: text is"
            + " not valid Unicode: an unpaired surrogate at character 1");
  }

  @Test
  void nestsSixteenLevelsAndNoMore() {
    ExtensionValue value = ExtensionValue.of("deepest");
    for (int level = 2; level <= ExtensionValue.MAX_DEPTH; level++) {
      value = level % 2 == 0 ? ExtensionValue.list(value) : ExtensionValue.object(Map.of("k", value));
    }
    ExtensionValue sixteen = value;

    assertThat(sixteen.depth()).isEqualTo(16);
    assertThat(sixteen.valueCount()).isEqualTo(16);
    assertThatThrownBy(() -> ExtensionValue.list(sixteen))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ExtensionValue.list must be at most 16 levels deep, was \"nested 17 levels"
            + " deep\"");
    assertThatThrownBy(() -> ExtensionValue.object(Map.of("k", sixteen)))
        .hasMessage("ExtensionValue.object must be at most 16 levels deep, was \"nested 17 levels"
            + " deep\"");
  }

  @Test
  void holdsTenThousandValuesAndNoMore() {
    ExtensionValue[] elements = new ExtensionValue[ExtensionValue.MAX_VALUES - 1];
    Arrays.fill(elements, ExtensionValue.of(true));

    ExtensionValue full = ExtensionValue.list(elements);

    assertThat(full.valueCount()).isEqualTo(10_000);
    assertThat(full.depth()).isEqualTo(2);
    assertThatThrownBy(() -> ExtensionValue.list(full, ExtensionValue.of(1)))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessage("ExtensionValue.list must be at most 10000 values, nested ones included,"
            + " was \"a value of 10002 values\"");
  }
}
