package org.publicprivate.agreements.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.publicprivate.agreements.AgreementKind;
import org.publicprivate.agreements.AgreementRelation;
import org.publicprivate.agreements.AgreementStatus;
import org.publicprivate.agreements.CommitmentCategory;
import org.publicprivate.agreements.CommitmentStatus;
import org.publicprivate.agreements.ConditionKind;
import org.publicprivate.agreements.ConditionStatus;
import org.publicprivate.agreements.FundingSource;
import org.publicprivate.agreements.MilestoneStatus;
import org.publicprivate.agreements.ObligationLevel;
import org.publicprivate.agreements.PartyKind;
import org.publicprivate.agreements.ProgrammeStatus;
import org.publicprivate.agreements.Qualifier;
import org.publicprivate.agreements.QuantityUnit;
import org.publicprivate.agreements.SourceKind;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.Attributes;

/**
 * A property name or a constant the format writes, numbered so that an adapter can keep its own
 * encoded form of each in an array ({@link #encodeAll}), encoded once for all documents. Every name is made here, from
 * the attributes' declarations and the enumerations' constants, when the class is initialised.
 */
public final class Name {
  private static final List<Name> ALL = new ArrayList<>();
  private static final Map<Class<?>, Name[]> BY_TYPE = new HashMap<>();
  /** The one currency of money amounts. */
  static final Name KRW;

  static {
    for (Class<? extends Attribute> type : Attributes.types()) {
      add(type, constant -> ((Attribute) constant).jsonName(),
          constant -> ((Attribute) constant).since());
    }
    for (Class<? extends Enum<?>> type : List.of(AgreementKind.class, AgreementStatus.class,
        PartyKind.class, CommitmentCategory.class, ObligationLevel.class, CommitmentStatus.class,
        ProgrammeStatus.class, FundingSource.class, AgreementRelation.class, Qualifier.class,
        QuantityUnit.class, ConditionKind.class, ConditionStatus.class,
        MilestoneStatus.class, SourceKind.class)) {
      add(type, Enum::name, constant -> 1);
    }
    KRW = create("KRW", 1);
  }

  private final int index;
  private final String text;
  /** The format version that introduced the attribute of this name; 1 for a constant's. */
  private final int since;

  private Name(int index, String text, int since) {
    this.index = index;
    this.text = text;
    this.since = since;
  }

  private static Name create(String text, int since) {
    Name name = new Name(ALL.size(), text, since);
    ALL.add(name);
    return name;
  }

  private static void add(Class<?> type, Function<Enum<?>, String> text,
      ToIntFunction<Enum<?>> since) {
    Object[] constants = type.getEnumConstants();
    Name[] names = new Name[constants.length];
    for (Object constant : constants) {
      Enum<?> value = (Enum<?>) constant;
      names[value.ordinal()] = create(text.apply(value), since.applyAsInt(value));
    }
    BY_TYPE.put(type, names);
  }

  /** The names of an enum's constants (attributes by JSON name, others by name), by ordinal. */
  static Name[] of(Class<? extends Enum<?>> type) {
    Name[] names = BY_TYPE.get(type);
    if (names == null) {
      throw new IllegalStateException("Name has no names for " + type.getName());
    }
    return names;
  }

  /**
   * Every name in a JSON library's encoded form, indexed by {@link #index()}: an adapter keeps the
   * array and looks each name up by index when it writes.
   */
  public static <T> T[] encodeAll(Function<String, T> encoder, IntFunction<T[]> arrays) {
    T[] encoded = arrays.apply(ALL.size());
    for (Name name : ALL) {
      encoded[name.index] = encoder.apply(name.text);
    }
    return encoded;
  }

  /** The name's place in the arrays of {@link #encodeAll}. */
  public int index() {
    return index;
  }

  /** The format version that introduced the attribute of this name; 1 for a constant's. */
  int since() {
    return since;
  }

  /** The name as written. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
