package org.publicprivate.agreements.validation;

import java.util.ArrayList;
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
 * and counts the rest, so a hostile document cannot make the report grow without bound. A rule
 * that throws is reported as {@link #FAILED}, never thrown.
 */
final class RuleEngine {
  /** The most findings of one rule in one document that are reported one by one. */
  static final int MAX_FINDINGS = 1_000;
  /** The code of the violation that stands for a rule that threw. */
  static final String FAILED = "rule.failed";
  /** The code of the violation that counts the findings of a rule beyond {@link #MAX_FINDINGS}. */
  static final String TRUNCATED = "rule.truncated";

  private final List<Rule> rules;

  RuleEngine(List<Rule> rules) {
    this.rules = List.copyOf(rules);
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
      Sink sink = new Sink(rule);
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
    private final Rule rule;
    private final List<Finding> found = new ArrayList<>();
    private int count;
    private Throwable failure;

    Sink(Rule rule) {
      this.rule = rule;
    }

    @Override
    public void report(DocumentPath path, Map<String, ?> arguments) {
      Objects.requireNonNull(path, "path");
      Map<String, ?> copy = Map.copyOf(arguments);
      if (++count <= MAX_FINDINGS) {
        found.add(new Finding(rule.code(), rule.severity(), path, copy));
      }
    }

    void fail(Throwable e) {
      if (failure == null) {
        failure = e;
      }
    }

    void drainInto(List<Finding> all) {
      all.addAll(found);
      if (count > MAX_FINDINGS) {
        all.add(new Finding(TRUNCATED, rule.severity(), DocumentPath.root(),
            Map.of("rule", rule.code(), "count", count - MAX_FINDINGS, "max", MAX_FINDINGS)));
      }
      if (failure != null) {
        all.add(new Finding(FAILED, Severity.ERROR, DocumentPath.root(),
            Map.of("rule", rule.code(), "exception", describe(failure))));
      }
    }

    private static String describe(Throwable e) {
      return e.getMessage() == null
          ? e.getClass().getName()
          : e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
