package org.publicprivate.agreements.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
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
      Object[] attributes = type.getEnumConstants();
      Name[] names = new Name[attributes.length];
      for (Object constant : attributes) {
        Attribute attribute = (Attribute) constant;
        names[attribute.ordinal()] = create(attribute.jsonName(), attribute.ordinal(),
            attribute.since(), canRaise(attribute, new HashSet<>()));
      }
      BY_TYPE.put(type, names);
    }
    for (Class<? extends Enum<?>> type : List.of(AgreementKind.class, AgreementStatus.class,
        PartyKind.class, CommitmentCategory.class, ObligationLevel.class, CommitmentStatus.class,
        ProgrammeStatus.class, FundingSource.class, AgreementRelation.class, Qualifier.class,
        QuantityUnit.class, ConditionKind.class, ConditionStatus.class,
        MilestoneStatus.class, SourceKind.class)) {
      Enum<?>[] constants = type.getEnumConstants();
      Name[] names = new Name[constants.length];
      for (Enum<?> constant : constants) {
        names[constant.ordinal()] = create(constant.name(), constant.ordinal(), 1, false);
      }
      BY_TYPE.put(type, names);
    }
    KRW = create("KRW", 0, 1, false);
  }

  private final int index;
  private final String text;
  /** The attribute's (or constant's) ordinal: its place in its type's canonical order. */
  private final int ordinal;
  /** The format version that introduced the attribute of this name; 1 for a constant's. */
  private final int since;
  /** Whether writing the attribute of this name can raise a document's version. */
  private final boolean raises;

  private Name(int index, String text, int ordinal, int since, boolean raises) {
    this.index = index;
    this.text = text;
    this.ordinal = ordinal;
    this.since = since;
    this.raises = raises;
  }

  private static Name create(String text, int ordinal, int since, boolean raises) {
    Name name = new Name(ALL.size(), text, ordinal, since, raises);
    ALL.add(name);
    return name;
  }

  /**
   * Whether {@code attribute} can raise a document's version: it is of a version after 1, or its
   * value holds, at some depth, an attribute that is ({@link
   * org.publicprivate.agreements.attributes.Declaration#elementType()}). {@code seen} holds the
   * types on the way, so that a type that holds itself ends the search.
   */
  private static boolean canRaise(Attribute attribute, Set<Class<? extends Attribute>> seen) {
    if (attribute.since() > 1) {
      return true;
    }
    Class<? extends Attribute> elements = attribute.declaration().elementType().orElse(null);
    if (elements == null || !seen.add(elements)) {
      return false;
    }
    for (Attribute inner : Attributes.of(elements)) {
      if (canRaise(inner, seen)) {
        return true;
      }
    }
    return false;
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

  /**
   * Whether writing the attribute of this name can raise a document's version: it is of a version
   * after 1, or its objects hold such attributes at some depth.
   */
  boolean raises() {
    return raises;
  }

  /** The attribute's (or constant's) ordinal, its place in its type's canonical order. */
  int ordinal() {
    return ordinal;
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
