package org.publicprivate.agreements.format;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.publicprivate.agreements.attributes.Attribute;

/**
 * One JSON object of the format, made from the declarations of its model type: the attributes in
 * canonical order, their names encoded once, which are required, and a lookup by name.
 *
 * @param <A> the enum that declares the type's attributes
 */
public final class Shape<A extends Enum<A> & Attribute> {
  private static final AtomicInteger COUNT = new AtomicInteger();
  /** Every shape made, by {@link #index()}; replaced, never changed, as shapes are made. */
  private static volatile Shape<?>[] all = new Shape<?>[0];
  private final int index = COUNT.getAndIncrement();
  private final Class<?> owner;
  private final A[] attributes;
  /** The attributes by JSON name in UTF-16 code units, the order of RFC 8785. */
  private final A[] byJsonName;
  private final Name[] names;
  private final Map<String, A> byName;
  /** The JSON names, and their hash codes, by ordinal: for {@link #find(String, int)}. */
  private final String[] jsonNames;
  private final int[] hashes;
  private final long required;
  /** The attributes of a format version after the first, as bits by ordinal. */
  private final long later;
  /**
   * For {@link #expected}: by the ordinal after the highest attribute read so far in an object of
   * this shape (0 before any), the ordinal plus one of the attribute that came next the last time
   * it was not the one expected, or 0 for the end of the object. Threads share it without
   * synchronisation: a byte is read and written whole, and any value only makes a guess.
   */
  private final byte[] followers = new byte[Long.SIZE + 1];

  private Shape(Class<?> owner, Class<A> declarations) {
    this.attributes = declarations.getEnumConstants();
    if (attributes.length > Long.SIZE) { // the bits of seen and required attributes, Input's steps
      throw new IllegalArgumentException(declarations.getSimpleName() + " declares more than "
          + Long.SIZE + " attributes");
    }
    if (!owner.getSimpleName().equals(attributes[0].ownerName())) {
      throw new IllegalArgumentException(declarations.getSimpleName() + " declares the attributes of "
          + attributes[0].ownerName() + ", not of " + owner.getSimpleName());
    }
    this.owner = owner;
    this.byJsonName = attributes.clone();
    Arrays.sort(byJsonName, Comparator.comparing(Attribute::jsonName));
    this.names = Name.of(declarations);
    this.byName = new HashMap<>(attributes.length * 2);
    this.jsonNames = new String[attributes.length];
    this.hashes = new int[attributes.length];
    long requiredBits = 0;
    long laterBits = 0;
    for (A attribute : attributes) {
      byName.put(attribute.jsonName(), attribute);
      jsonNames[attribute.ordinal()] = attribute.jsonName();
      hashes[attribute.ordinal()] = attribute.jsonName().hashCode();
      if (attribute.isRequired()) {
        requiredBits |= 1L << attribute.ordinal();
      }
      if (attribute.since() > 1) {
        laterBits |= 1L << attribute.ordinal();
      }
    }
    this.required = requiredBits;
    this.later = laterBits;
    register(this);
  }

  private static synchronized void register(Shape<?> shape) {
    Shape<?>[] grown = Arrays.copyOf(all, Math.max(all.length, shape.index + 1));
    grown[shape.index] = shape;
    all = grown;
  }

  /** The shape of {@link #index()} {@code index}. */
  static Shape<?> byIndex(int index) {
    return all[index];
  }

  /** The shape of the model type {@code owner}, whose attributes {@code declarations} declares. */
  static <A extends Enum<A> & Attribute> Shape<A> of(Class<?> owner, Class<A> declarations) {
    return new Shape<>(owner, declarations);
  }

  /** The model type. */
  Class<?> owner() {
    return owner;
  }

  /** A number of this shape's own, from 0 up, for tables indexed by shape. */
  int index() {
    return index;
  }

  /** The attributes in canonical order. */
  A[] attributes() {
    return attributes;
  }

  /**
   * The attributes by JSON name in UTF-16 code units ({@link String#compareTo}), as RFC 8785
   * orders them.
   */
  A[] attributesByJsonName() {
    return byJsonName;
  }

  /** The attribute of that name, or {@code null}. */
  A find(String name) {
    return byName.get(name);
  }

  /**
   * The attribute of that name, or {@code null}, looked for first among the attributes from
   * ordinal {@code from} on: in a document in canonical order, as every writer of the format
   * writes it, the next property is a few places after the one before, and comparing a few hash
   * codes finds it sooner than a hash table does. A name out of that order is found by {@link
   * #find(String)}.
   */
  A find(String name, int from) {
    int hash = name.hashCode();
    for (int i = from; i < hashes.length; i++) {
      if (hashes[i] == hash && jsonNames[i].equals(name)) {
        return attributes[i];
      }
    }
    return byName.get(name);
  }

  /**
   * The attribute that is likely to come after the attributes read so far, whose highest ordinal is
   * {@code from - 1}, or {@code null} for the end of the object: the one that came after them last
   * time. The objects of one type in a document tend to hold the same attributes, so the reader
   * can ask the parser for that name and skip the look-up when it is there.
   */
  A expected(int from) {
    int follower = followers[from];
    return follower == 0 ? null : attributes[follower - 1];
  }

  /**
   * Notes that {@code attribute} ({@code null} for the end of the object) came after the
   * attributes read so far, whose highest ordinal is {@code from - 1}, when {@link #expected} said
   * otherwise.
   */
  void follows(int from, A attribute) {
    byte follower = (byte) (attribute == null ? 0 : attribute.ordinal() + 1);
    if (followers[from] != follower) {
      followers[from] = follower;
    }
  }

  /** The attribute's name, encoded once. */
  Name name(A attribute) {
    return names[attribute.ordinal()];
  }

  /** The required attributes as bits by ordinal. */
  long required() {
    return required;
  }

  /**
   * The attributes of a format version after the first, as bits by ordinal: the reader asks the
   * shape, whose table is the same for every attribute type, instead of the attribute's
   * declaration, a call that would differ with each type.
   */
  long later() {
    return later;
  }

  /** "Party has id, name, …", for a message about an unknown property. */
  String describe() {
    StringBuilder text = new StringBuilder(owner.getSimpleName()).append(" has ");
    for (A attribute : attributes) {
      text.append(attribute.ordinal() == 0 ? "" : ", ").append(attribute.jsonName());
    }
    return text.toString();
  }
}
