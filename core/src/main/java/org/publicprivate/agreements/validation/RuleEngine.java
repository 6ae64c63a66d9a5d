package org.publicprivate.agreements.validation;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.publicprivate.agreements.Agreement;

/**
 * Runs a set of rules over an agreement: the model's walking rules share one walk over its lists,
 * every other rule checks the agreement itself. It is the one engine behind {@link
 * AgreementValidator} and the Jakarta constraint {@link AgreementRules}.
 *
 * <p>Each rule reports to a sink of its own, which keeps the first {@link #MAX_FINDINGS} findings
 * it is given and counts the rest, so a hostile document cannot make the report grow without bound.
 * A rule that throws is reported as {@link #FAILED}, never thrown. Each rule's code and severity are
 * read once, when the engine is made.
 */
final class RuleEngine {
  /** The most findings of one rule in one document that are reported one by one. */
  static final int MAX_FINDINGS = 1_000;
  /** The code of the violation that stands for a rule that threw. */
  static final String FAILED = "rule.failed";
  /** The code of the violation that counts the findings of a rule beyond the limit. */
  static final String TRUNCATED = "rule.truncated";

  private final List<Rule> rules;
  private final String[] codes;
  private final Severity[] severities;
  private final int maxFindings;

  /** An engine of the model's rules, whose codes and severities are fixed. */
  RuleEngine(List<Rule> rules) {
    this(rules, codesOf(rules), severitiesOf(rules), MAX_FINDINGS);
  }

  /**
   * An engine whose rules have the given codes and severities, as read once when checked, and
   * each report at most {@code maxFindings} findings one by one.
   */
  RuleEngine(List<Rule> rules, List<String> codes, List<Severity> severities, int maxFindings) {
    this.rules = List.copyOf(rules);
    this.codes = codes.toArray(new String[0]);
    this.severities = severities.toArray(new Severity[0]);
    this.maxFindings = maxFindings;
  }

  private static List<String> codesOf(List<Rule> rules) {
    List<String> codes = new ArrayList<>();
    for (Rule rule : rules) {
      codes.add(rule.code());
    }
    return codes;
  }

  private static List<Severity> severitiesOf(List<Rule> rules) {
    List<Severity> severities = new ArrayList<>();
    for (Rule rule : rules) {
      severities.add(rule.severity());
    }
    return severities;
  }

  List<Rule> rules() {
    return rules;
  }

  /** Every finding of every rule in {@code agreement}, rule by rule, each in the order found. */
  List<Finding> run(Agreement agreement) {
    Sink[] sinks = new Sink[rules.size()];
    List<Walker> walkers = new ArrayList<>();
    List<Sink> walking = new ArrayList<>();
    for (int k = 0; k < sinks.length; k++) {
      Rule rule = rules.get(k);
      Sink sink = new Sink(codes[k], severities[k], maxFindings);
      sinks[k] = sink;
      try {
        if (rule instanceof WalkingRule) {
          walkers.add(((WalkingRule) rule).start(agreement, sink));
          walking.add(sink);
        } else {
          rule.check(agreement, sink);
        }
      } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
        sink.fail(e);
      }
    }
    Walker.walk(agreement, walkers, (walker, e) -> walking.get(walker).fail(e));
    List<Finding> found = new ArrayList<>();
    for (Sink sink : sinks) {
      sink.drainInto(found);
    }
    return found;
  }

  /** The findings of one rule in one document. */
  private static final class Sink implements Findings {
    private final String code;
    private final Severity severity;
    private final int max;
    private final List<Finding> found = new ArrayList<>();
    private int count;
    private Throwable failure;

    Sink(String code, Severity severity, int max) {
      this.code = code;
      this.severity = severity;
      this.max = max;
    }

    /**
     * Keeps the finding with its arguments as text, written here, inside the rule's run, so that
     * an argument whose {@code toString} throws fails the rule and not the validation.
     */
    @Override
    public void report(DocumentPath path, Map<String, ?> arguments) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(arguments, "arguments");
      if (++count <= max) {
        Map<String, String> text = new HashMap<>(arguments.size() * 2);
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
          text.put(Objects.requireNonNull(argument.getKey(), "argument name"),
              text(argument.getValue()));
        }
        found.add(new Finding(code, severity, path, text));
      }
    }

    void fail(Throwable e) {
      if (failure == null) {
        failure = e;
      }
    }

    void drainInto(List<Finding> all) {
      all.addAll(found);
      if (count > max) {
        all.add(new Finding(TRUNCATED, severity, DocumentPath.root(), Map.of("rule", code,
            "count", text(count - max), "max", text(max))));
      }
      if (failure != null) {
        all.add(new Finding(FAILED, severity, DocumentPath.root(),
            Map.of("rule", code, "exception", describe(failure))));
      }
    }

    /** An argument as Hibernate Validator writes a message parameter: arrays element by element. */
    private static String text(Object value) {
      if (value == null || !value.getClass().isArray()) {
        return String.valueOf(value);
      }
      List<Object> elements = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        elements.add(Array.get(value, i));
      }
      return elements.toString();
    }

    private static String describe(Throwable e) {
      String type = e.getClass().getName();
      try {
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
      } catch (RuntimeException messageFailed) {
        return type;
      }
    }
  }
}
