package org.publicprivate.agreements.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.Commitment;
import org.publicprivate.agreements.ExtensionValue;
import org.publicprivate.agreements.FundedProgramme;
import org.publicprivate.agreements.Party;

/**
 * Generators of {@link ExtensionValue}s and of the {@code extensions} of agreements, parties,
 * commitments and programmes: text (Korean words, ASCII codes, text with spaces around it or in NFD,
 * which is stored as given), whole numbers with the edges ±(2^53−1), booleans, and lists and objects
 * nested a few levels deep, empty ones included, with Korean, fullwidth and empty member names.
 * (No character beyond the BMP: Jackson 2's plain mappers escape them in names, where {@code
 * AgreementJson}'s mappers write them as UTF-8; the conformance documents hold one.)
 *
 * <pre>{@code
 * Property.forAll(ExtensionGens.extensions())
 *     .check(extensions -> party.withExtensions(extensions).extensions().equals(extensions));
 * }</pre>
 */
public final class ExtensionGens {
  private static final int LEVELS = 4;
  private static final Gen<String> TOP_LEVEL_NAMES = Gens.combine(
      Gens.elements("busan", "ganasi", "x", "city-hall", "a1"),
      Gens.elements("investmentDeskId", "caseNumber", "dashboard", "v2.note", "Flag_x-1"),
      (prefix, name) -> prefix + ":" + name);
  private static final Gen<String> MEMBER_NAMES = Gens.frequency(3, ValueGens.hangulWords(),
      3, Gens.elements("id", "tags", "", "Ａ", "a b"), 1, Gens.strings("abc", 1, 3));

  private ExtensionGens() {}

  /** Values nested at most four levels deep. */
  public static Gen<ExtensionValue> values() {
    return values(LEVELS);
  }

  private static Gen<ExtensionValue> values(int levels) {
    Gen<ExtensionValue> texts = Gens.frequency(4, ValueGens.hangulWords(),
        2, Gens.strings("ABC-0123456789", 0, 12),
        1, Gens.elements("  공백 그대로  ", "\u1100\u1161\u11A8", "tab\there", "\"따옴표\" \\"),
        1, ValueGens.englishTexts()).map(ExtensionValue::of);
    Gen<ExtensionValue> numbers = Gens.withEdgeCases(
        Gens.longs(-ExtensionValue.MAX_WHOLE_NUMBER, ExtensionValue.MAX_WHOLE_NUMBER),
        ExtensionValue.MAX_WHOLE_NUMBER, -ExtensionValue.MAX_WHOLE_NUMBER, 0L, -1L)
        .map(ExtensionValue::of);
    Gen<ExtensionValue> scalars = Gens.frequency(3, texts, 2, numbers, 1,
        Gens.booleans().map(ExtensionValue::of));
    if (levels <= 1) {
      return scalars;
    }
    Gen<ExtensionValue> inner = values(levels - 1);
    Gen<ExtensionValue> lists = Gens.listOf(inner, 0, 3).map(ExtensionValue::list);
    Gen<ExtensionValue> objects = Gens.listOf(Gens.combine(MEMBER_NAMES, inner, Map::entry), 0, 3)
        .map(members -> ExtensionValue.object(toMap(members)));
    return Gens.frequency(4, scalars, 1, lists, 1, objects);
  }

  /** The extensions of one owner: up to three {@code prefix:name} values, often none. */
  public static Gen<Map<String, ExtensionValue>> extensions() {
    return Gens.listOf(Gens.combine(TOP_LEVEL_NAMES, values(), Map::entry), 0, 3)
        .map(ExtensionGens::toMap);
  }

  /** {@code agreement} with extensions drawn for it and for each of its parties, commitments and programmes. */
  static Gen<Agreement> on(Agreement agreement) {
    return Gens.composite("extensions on " + agreement.id(), draw -> {
      List<Party> parties = new ArrayList<>();
      for (Party party : agreement.parties()) {
        parties.add(party.withExtensions(draw.next(extensions())));
      }
      List<Commitment> commitments = new ArrayList<>();
      for (Commitment commitment : agreement.commitments()) {
        commitments.add(commitment.withExtensions(draw.next(extensions())));
      }
      List<FundedProgramme> programmes = new ArrayList<>();
      for (FundedProgramme programme : agreement.programmes()) {
        programmes.add(programme.withExtensions(draw.next(extensions())));
      }
      return Agreement.builder().from(agreement).parties(parties).commitments(commitments)
          .programmes(programmes).extensions(draw.next(extensions())).build();
    });
  }

  private static Map<String, ExtensionValue> toMap(List<Map.Entry<String, ExtensionValue>> entries) {
    Map<String, ExtensionValue> map = new LinkedHashMap<>();
    for (Map.Entry<String, ExtensionValue> entry : entries) {
      map.put(entry.getKey(), entry.getValue());
    }
    return map;
  }
}
