package org.publicprivate.agreements.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.publicprivate.agreements.Agreement;

/**
 * Checks an agreement against every rule of the model, and any rules of your own, and reports all
 * violations at once.
 *
 * <p>Build one validator when your service starts and share it: it is immutable and thread-safe.
 * Messages are Korean for a Korean locale and English for any other. The rules that look at the
 * elements of an agreement's lists share one walk over them, and each rule reports at most {@link
 * #MAX_FINDINGS_PER_RULE} violations of one document one by one, the first it finds: the rest are
 * counted in one violation {@code rule.truncated} of the rule's severity, so a hostile document
 * cannot make the report grow without bound. A rule that throws is reported as a violation {@code
 * rule.failed} of its severity naming the rule and the exception; {@code validate} itself never
 * throws for a document.
 *
 * <p>The validator needs no Jakarta EL and no {@code validation.xml}, and does not start a
 * Jakarta {@code ValidatorFactory}: it runs the rules itself. A plain Jakarta {@code Validator}
 * reports the same rules with the same codes, paths and messages, through the constraint {@link
 * AgreementRules}.
 *
 * <pre>{@code
 * AgreementValidator validator = AgreementValidator.create(Locale.KOREAN);
 * ValidationReport report = validator.validate(agreement);
 * report.errors().forEach(System.out::println);
 * validator.requireValid(agreement); // throws InvalidAgreementException listing every error
 *
 * AgreementValidator withHouseRules = AgreementValidator.builder()
 *     .locale(Locale.KOREAN)
 *     .addRule(new CompanyRegistrationNumberRule())
 *     .build();
 * }</pre>
 */
public final class AgreementValidator {
  /**
   * The most violations of one rule in one document that a report lists one by one: {@value}.
   */
  public static final int MAX_FINDINGS_PER_RULE = RuleEngine.MAX_FINDINGS;

  /**
   * The first words of codes that belong to the model, now or in its coming versions: the code of
   * a rule of your own may not start with one of them followed by a dot.
   */
  public static final List<String> RESERVED_NAMESPACES = BuiltInRules.NAMESPACES;

  private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");

  private final Locale locale;
  private final RuleEngine engine;
  /** The message template of every code this validator can report, in its language. */
  private final Map<String, String> templates;

  private AgreementValidator(Locale locale, RuleEngine engine, Map<String, String> templates) {
    this.locale = locale;
    this.engine = engine;
    this.templates = templates;
  }

  /** A validator whose messages follow the JVM's default locale: Korean for Korean, else English. */
  public static AgreementValidator create() {
    return builder().build();
  }

  /** A validator whose messages are Korean for a Korean {@code locale} and English otherwise. */
  public static AgreementValidator create(Locale locale) {
    return builder().locale(locale).build();
  }

  /** A builder, for a validator with rules of your own. */
  public static Builder builder() {
    return new Builder();
  }

  /** The language of this validator's messages: {@link Locale#KOREAN} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /**
   * Every rule this validator runs: the model's, in the order of its rule table, then your own in
   * the order they were added.
   */
  public List<Rule> rules() {
    return engine.rules();
  }

  /**
   * Every violation of every rule in {@code agreement}, errors and warnings.
   *
   * @throws NullPointerException if {@code agreement} is null
   */
  public ValidationReport validate(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    List<Finding> found = engine.run(agreement);
    List<Violation> violations = new ArrayList<>(found.size());
    for (Finding finding : found) {
      violations.add(new Violation(finding.code(), finding.severity(), finding.path().toString(),
          Messages.interpolate(templates.get(finding.code()), finding.arguments())));
    }
    return ValidationReport.of(violations);
  }

  /**
   * Returns {@code agreement} if it has no error; warnings are allowed.
   *
   * @throws InvalidAgreementException listing every error, if there is any
   */
  public Agreement requireValid(Agreement agreement) {
    ValidationReport report = validate(agreement);
    if (!report.isValid()) {
      throw new InvalidAgreementException(agreement.id(), report);
    }
    return agreement;
  }

  /**
   * Builds an {@link AgreementValidator}: the language of its messages, and rules of your own
   * beside the model's.
   */
  public static final class Builder {
    private Locale locale;
    private final List<Rule> rules = new ArrayList<>();
    private final List<ResourceBundle> bundles = new ArrayList<>();
    private int maxFindings = MAX_FINDINGS_PER_RULE;

    private Builder() {}

    /** For tests of growth beyond the limit: how many findings of a rule to list one by one. */
    Builder maxFindingsPerRule(int maxFindings) {
      this.maxFindings = maxFindings;
      return this;
    }

    /**
     * The language of the messages: Korean for a Korean {@code locale}, English otherwise; the
     * JVM's default locale when not set.
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Adds a rule of your own. Its code must have at least two words separated by dots, each a
     * lower-case letter then letters or digits ({@code busan.company.brnRequired}), and its first
     * word must not be one of the {@link AgreementValidator#RESERVED_NAMESPACES}. Its code and severity are read
     * once, by {@link #build()}.
     */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds rules of your own, as {@link #addRule} does each. */
    public Builder addRules(Iterable<? extends Rule> rules) {
      for (Rule rule : Objects.requireNonNull(rules, "rules")) {
        addRule(rule);
      }
      return this;
    }

    /**
     * Adds a bundle of message templates for your rules, keyed by code, in the validator's
     * language; a rule's own {@link Rule#message} comes first, then the bundles in the order
     * added.
     */
    public Builder messages(ResourceBundle bundle) {
      bundles.add(Objects.requireNonNull(bundle, "bundle"));
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException if a rule of your own has a code that is malformed, starts
     *     with one of the {@link AgreementValidator#RESERVED_NAMESPACES} or is used twice, has no severity, or has
     *     no message in the validator's language
     */
    public AgreementValidator build() {
      Locale messages = Messages.isKorean(locale != null ? locale : Locale.getDefault())
          ? Locale.KOREAN
          : Locale.ENGLISH;
      Map<String, String> templates = new HashMap<>(Messages.builtIn(messages));
      List<Rule> all = new ArrayList<>(BuiltInRules.ALL);
      List<String> codes = new ArrayList<>();
      List<Severity> severities = new ArrayList<>();
      for (Rule rule : BuiltInRules.ALL) {
        codes.add(rule.code());
        severities.add(rule.severity());
      }
      for (Rule rule : rules) {
        String code = checkCode(rule, codes);
        Severity severity = rule.severity();
        if (severity == null) {
          throw new IllegalArgumentException(
              "Rule.severity of \"" + code + "\" must be ERROR or WARNING, was null");
        }
        templates.put(code, template(rule, code, messages));
        all.add(rule);
        codes.add(code);
        severities.add(severity);
      }
      return new AgreementValidator(messages,
          new RuleEngine(all, codes, severities, maxFindings), Map.copyOf(templates));
    }

    private static String checkCode(Rule rule, List<String> codes) {
      String code = rule.code();
      if (code == null || !CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("Rule.code of " + rule.getClass().getName()
            + " must be words of letters and digits separated by dots, such as"
            + " busan.company.brnRequired, was " + (code == null ? "null" : "\"" + code + "\""));
      }
      String namespace = code.substring(0, code.indexOf('.'));
      if (BuiltInRules.NAMESPACES.contains(namespace)) {
        throw new IllegalArgumentException("Rule.code \"" + code + "\" of "
            + rule.getClass().getName() + " must not start with \"" + namespace
            + ".\": the model's namespaces are " + BuiltInRules.NAMESPACES);
      }
      if (codes.contains(code)) {
        throw new IllegalArgumentException("Rule.code \"" + code + "\" of "
            + rule.getClass().getName() + " is used by another rule too");
      }
      return code;
    }

    private String template(Rule rule, String code, Locale messages) {
      Optional<String> own = rule.message(messages);
      if (own != null && own.isPresent()) {
        return own.get();
      }
      for (ResourceBundle bundle : bundles) {
        if (bundle.containsKey(code)) {
          return bundle.getString(code);
        }
      }
      throw new IllegalArgumentException("rule \"" + code + "\" has no message in "
          + messages.getDisplayLanguage(Locale.ENGLISH) + ": return one from Rule.message or add"
          + " a bundle with the key " + code + " to AgreementValidator.Builder.messages");
    }
  }
}
