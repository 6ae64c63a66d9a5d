package org.publicprivate.agreements.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.attributes.AgreementAttribute;
import org.publicprivate.agreements.attributes.Attribute;
import org.publicprivate.agreements.attributes.Declaration;

/**
 * The changes between two versions of an agreement, attribute by attribute, walked by the
 * attribute declarations (decision 0017).
 *
 * <pre>{@code
 * AgreementDiff diff = AgreementDiff.between(signed, latest);
 * for (Change change : diff.changes()) {
 *   System.out.println(change); // commitments[0].status: PLANNED → IN_PROGRESS
 * }
 * }</pre>
 *
 * <p>How two versions are compared:
 * <ul>
 *   <li>An attribute that holds no value (an empty {@code Optional}, an empty list, no extensions)
 *       is absent, as in JSON. A value that appears is {@link ChangeKind#ADDED}, one that goes is
 *       {@link ChangeKind#REMOVED}, with the whole value.
 *   <li>An object of the model (a signing, a pledged amount) present in both is compared
 *       attribute by attribute, so a change is named by its deepest attribute:
 *       {@code commitments[0].pledgedAmount.amount}.
 *   <li>The elements of a list of parties, commitments, programmes or sources are matched by id, so
 *       reordering them alone is no change, and an element whose id changed is one removal and one
 *       addition. Elements without an id (a source may have none) are matched in their order among
 *       those without one; two elements of one id (a document that breaks a rule), in their order
 *       among those of that id. An added element, and every change inside a matched one, is named by
 *       its index in the later version; a removed element by its index in the earlier one.
 *   <li>The elements of other lists of objects (quantities, milestones, status changes…) are matched
 *       by position; the extra elements of the longer list are added or removed.
 *   <li>A list of texts, ids or languages is one value: it changed, or it did not.
 *   <li>Extensions are compared name by name: {@code extensions.busan:deskId}; the rest of such a
 *       path after {@code extensions.} is the extension's name, which {@code AttributePaths} does not
 *       check (extensions are the user's, not the format's).
 *   <li>The format version is not compared: writers derive it from the content.
 * </ul>
 *
 * <p>The walk is linear in the size of the two documents: elements are matched through a hash of
 * their ids, and paths are spelled only for the changes found.
 */
public final class AgreementDiff {
  /** Stands for "no id" among the keys of an identified list (a source may have none). */
  private static final Object NO_ID = new Object();

  /** The attributes of each declaration enum, read once. */
  private static final ClassValue<Attribute[]> ATTRIBUTES = new ClassValue<>() {
    @Override
    protected Attribute[] computeValue(Class<?> type) {
      return (Attribute[]) type.getEnumConstants();
    }
  };

  private final List<Change> changes;

  private AgreementDiff(List<Change> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * The changes that turn {@code before} into {@code after}, in the order of the declarations (and,
   * within a list, additions and changes in the later version's order, then removals).
   *
   * @param before the earlier version
   * @param after the later version
   */
  public static AgreementDiff between(Agreement before, Agreement after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Walk walk = new Walk();
    walk.object(AgreementAttribute.class, before, after, null);
    return new AgreementDiff(walk.changes);
  }

  /** The changes, in the order {@link #between} describes; empty when the versions are equal. */
  public List<Change> changes() {
    return changes;
  }

  /** Whether the two versions hold the same facts (up to the order of identified elements). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgreementDiff diff && diff.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  /** The changes, one a line. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Change change : changes) {
      text.append(change).append('\n');
    }
    return text.toString();
  }

  /**
   * A place in the documents: an attribute of the place {@code parent} (the root when null) or,
   * when {@code name} is null, the element {@code index} of the list at {@code parent}. Its text is
   * spelled only when a change is found there.
   */
  private record Place(Place parent, String name, int index) {
    String text() {
      StringBuilder text = new StringBuilder();
      append(text);
      return text.toString();
    }

    private void append(StringBuilder text) {
      if (parent != null) {
        parent.append(text);
      }
      if (name == null) {
        text.append('[').append(index).append(']');
      } else {
        if (parent != null) {
          text.append('.');
        }
        text.append(name);
      }
    }
  }

  /** One comparison, collecting its changes. */
  private static final class Walk {
    private final List<Change> changes = new ArrayList<>();

    void object(Class<? extends Attribute> type, Object before, Object after, Place place) {
      for (Attribute attribute : ATTRIBUTES.get(type)) {
        Object was = present(AttributeValues.of(before, attribute));
        Object is = present(AttributeValues.of(after, attribute));
        if (was == null && is == null) {
          continue;
        }
        Declaration declaration = attribute.declaration();
        Class<? extends Attribute> elements = declaration.elements();
        if (was == null) {
          add(new Place(place, attribute.jsonName(), -1), ChangeKind.ADDED, null, is);
        } else if (is == null) {
          add(new Place(place, attribute.jsonName(), -1), ChangeKind.REMOVED, was, null);
        } else if (elements != null && declaration.isList()) {
          list(elements, (List<?>) was, (List<?>) is, new Place(place, attribute.jsonName(), -1));
        } else if (elements != null) {
          object(elements, was, is, new Place(place, attribute.jsonName(), -1));
        } else if (was instanceof Map<?, ?> wasMap && is instanceof Map<?, ?> isMap) {
          byKey(wasMap, isMap, new Place(place, attribute.jsonName(), -1));
        } else if (!was.equals(is)) {
          add(new Place(place, attribute.jsonName(), -1), ChangeKind.CHANGED, was, is);
        }
      }
    }

    private void list(Class<? extends Attribute> type, List<?> before, List<?> after, Place place) {
      Attribute id = AttributeValues.identity(type);
      if (id == null) {
        byPosition(type, before, after, place);
      } else {
        byId(type, id, before, after, place);
      }
    }

    private void byPosition(Class<? extends Attribute> type, List<?> before, List<?> after,
        Place place) {
      int common = Math.min(before.size(), after.size());
      for (int i = 0; i < common; i++) {
        object(type, before.get(i), after.get(i), new Place(place, null, i));
      }
      for (int i = common; i < after.size(); i++) {
        add(new Place(place, null, i), ChangeKind.ADDED, null, after.get(i));
      }
      for (int i = common; i < before.size(); i++) {
        add(new Place(place, null, i), ChangeKind.REMOVED, before.get(i), null);
      }
    }

    private void byId(Class<? extends Attribute> type, Attribute id, List<?> before,
        List<?> after, Place place) {
      // For each id, the first unmatched element of the earlier list that has it; next[i] is the
      // following element of the same id, or -1.
      Map<Object, Integer> first = new HashMap<>(before.size() * 4 / 3 + 1);
      int[] next = new int[before.size()];
      for (int i = before.size() - 1; i >= 0; i--) {
        Integer following = first.put(key(before.get(i), id), i);
        next[i] = following == null ? -1 : following;
      }
      boolean[] matched = new boolean[before.size()];
      for (int j = 0; j < after.size(); j++) {
        Object key = key(after.get(j), id);
        Integer i = first.get(key);
        if (i == null) {
          add(new Place(place, null, j), ChangeKind.ADDED, null, after.get(j));
          continue;
        }
        if (next[i] < 0) {
          first.remove(key);
        } else {
          first.put(key, next[i]);
        }
        matched[i] = true;
        object(type, before.get(i), after.get(j), new Place(place, null, j));
      }
      for (int i = 0; i < before.size(); i++) {
        if (!matched[i]) {
          add(new Place(place, null, i), ChangeKind.REMOVED, before.get(i), null);
        }
      }
    }

    private static Object key(Object element, Attribute id) {
      Object key = present(AttributeValues.of(element, id));
      return key == null ? NO_ID : key;
    }

    private void byKey(Map<?, ?> before, Map<?, ?> after, Place place) {
      TreeSet<String> names = new TreeSet<>();
      for (Object name : before.keySet()) {
        names.add((String) name);
      }
      for (Object name : after.keySet()) {
        names.add((String) name);
      }
      for (String name : names) {
        Object was = before.get(name);
        Object is = after.get(name);
        Place at = new Place(place, name, -1);
        if (was == null) {
          add(at, ChangeKind.ADDED, null, is);
        } else if (is == null) {
          add(at, ChangeKind.REMOVED, was, null);
        } else if (!was.equals(is)) {
          add(at, ChangeKind.CHANGED, was, is);
        }
      }
    }

    private void add(Place place, ChangeKind kind, Object before, Object after) {
      changes.add(new Change(place.text(), kind, Optional.ofNullable(before),
          Optional.ofNullable(after)));
    }

    /** The value, or null when the attribute holds none: an empty optional, list or map. */
    private static Object present(Object value) {
      if (value instanceof Optional<?> optional) {
        return optional.orElse(null);
      }
      if (value instanceof Collection<?> collection) {
        return collection.isEmpty() ? null : collection;
      }
      if (value instanceof Map<?, ?> map) {
        return map.isEmpty() ? null : map;
      }
      return value;
    }
  }
}
