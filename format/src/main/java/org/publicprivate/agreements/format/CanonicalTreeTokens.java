package org.publicprivate.agreements.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.publicprivate.agreements.format.CanonicalTree.Literal;
import org.publicprivate.agreements.format.CanonicalTree.Member;
import org.publicprivate.agreements.format.CanonicalTree.Members;

/**
 * A {@link TokenWriter} that builds the {@link CanonicalTree} of what the format writes, so that a
 * model value is canonicalized without writing and reading JSON text in between. It gives the tree
 * {@link CanonicalTreeParser} reads from the same value written by a Jackson module: whole numbers
 * as the doubles JSON readers make of them, objects sorted as they close.
 */
final class CanonicalTreeTokens implements TokenWriter {
  private final ArrayDeque<Object> open = new ArrayDeque<>();
  private String name;
  private Object root;

  /** The value written, once its last token is. */
  Object root() {
    return root;
  }

  @Override
  public void startObject() {
    Members members = new Members();
    add(members);
    open.push(members);
  }

  @Override
  public void endObject() {
    // The format writes each attribute of an object once: there is no duplicate to look for.
    ((Members) open.pop()).sortByName();
  }

  @Override
  public void startArray() {
    List<Object> elements = new ArrayList<>();
    add(elements);
    open.push(elements);
  }

  @Override
  public void endArray() {
    open.pop();
  }

  @Override
  public void name(Name name) {
    this.name = name.text();
  }

  @Override
  public void name(String name) {
    this.name = name;
  }

  @Override
  public void string(String value) {
    add(value);
  }

  @Override
  public void string(Name value) {
    add(value.text());
  }

  @Override
  public void number(long value) {
    add(new Literal(EcmaScriptNumbers.toString((double) value)));
  }

  @Override
  public void bool(boolean value) {
    add(value ? Literal.TRUE : Literal.FALSE);
  }

  @SuppressWarnings("unchecked")
  private void add(Object value) {
    Object parent = open.peek();
    if (parent == null) {
      root = value;
    } else if (parent instanceof Members members) {
      members.add(new Member(name, -1, value));
    } else {
      ((List<Object>) parent).add(value);
    }
  }
}
