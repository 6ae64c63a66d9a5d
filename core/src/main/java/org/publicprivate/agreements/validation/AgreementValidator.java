package org.publicprivate.agreements.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.validation.rules.SharedWalk;

/**
 * Checks an agreement against every rule of the model and reports all violations at once.
 *
 * <p>Build one validator when your service starts and share it: it is immutable and thread-safe.
 * It runs Hibernate Validator with a message interpolator that needs no Jakarta EL implementation.
 * Messages are Korean for a Korean locale and English for any other.
 *
 * <p>The validator is self-contained: it uses Hibernate Validator's predefined scope, which reads
 * the rules of {@link Agreement} once, in {@link #create(Locale)}, and loads none of the built-in
 * constraints (the model has none), and it ignores any {@code META-INF/validation.xml} of the
 * application. A plain Jakarta {@code Validator} reports the same rules with the same codes.
 *
 * <pre>{@code
 * AgreementValidator validator = AgreementValidator.create(Locale.KOREAN);
 * ValidationReport report = validator.validate(agreement);
 * report.errors().forEach(System.out::println);
 * validator.requireValid(agreement); // throws InvalidAgreementException listing every error
 * }</pre>
 */
public final class AgreementValidator {
  private final HibernateValidatorFactory factory;
  private final Locale locale;

  private AgreementValidator(HibernateValidatorFactory factory, Locale locale) {
    this.factory = factory;
    this.locale = locale;
  }

  /** A validator whose messages follow the JVM's default locale: Korean for Korean, else English. */
  public static AgreementValidator create() {
    return create(Locale.getDefault());
  }

  /** A validator whose messages are Korean for a Korean {@code locale} and English otherwise. */
  public static AgreementValidator create(Locale locale) {
    Locale messages = "ko".equals(Objects.requireNonNull(locale, "locale").getLanguage())
        ? Locale.KOREAN
        : Locale.ENGLISH;
    // Predefined scope: the metadata of Agreement is built here rather than on the first
    // validation, and none of the built-in constraints' validators is loaded (about 300 classes).
    ValidatorFactory factory =
        Validation.byProvider(PredefinedScopeHibernateValidator.class)
            .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
            .configure()
            .ignoreXmlConfiguration()
            .builtinConstraints(Set.of())
            .initializeBeanMetaData(Set.of(Agreement.class))
            .beanMetaDataClassNormalizer(new AgreementClass())
            .messageInterpolator(new FixedLocale(new ParameterMessageInterpolator(), messages))
            .traversableResolver(new EverythingTraversable())
            .buildValidatorFactory();
    return new AgreementValidator(factory.unwrap(HibernateValidatorFactory.class), messages);
  }

  /** The language of this validator's messages: {@link Locale#KOREAN} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /**
   * Every violation of every rule in {@code agreement}, errors and warnings.
   *
   * @throws NullPointerException if {@code agreement} is null
   */
  public ValidationReport validate(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    // A Validator of its own for each validation (cheap: no metadata is built) carries the payload
    // with which the eight rules that look at every commitment walk them once between them.
    Validator validator =
        factory.usingContext().constraintValidatorPayload(new SharedWalk()).getValidator();
    Set<ConstraintViolation<Agreement>> found = validator.validate(agreement);
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Agreement> violation : found) {
      violations.add(toViolation(violation));
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

  /** The rule code of a violation reported by a plain Jakarta {@code Validator}, if it is ours. */
  static String code(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }

  /**
   * The path of a violation in the JSON's own terms, such as {@code commitments[2].parties[0]}.
   */
  static String jsonPath(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        text.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(node.getName());
      }
    }
    return text.toString();
  }

  private static Violation toViolation(ConstraintViolation<?> violation) {
    return new Violation(
        code(violation),
        Severity.of(violation.getConstraintDescriptor().getPayload()),
        jsonPath(violation.getPropertyPath()),
        violation.getMessage());
  }

  /** Interpolates every message in one locale, whatever the caller's. */
  private static final class FixedLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocale(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }

  /** Every implementation of {@link Agreement} has the constraints of {@code Agreement}. */
  private static final class AgreementClass implements BeanMetaDataClassNormalizer {
    @Override
    @SuppressWarnings("unchecked")
    public <T> Class<? super T> normalize(Class<T> type) {
      return Agreement.class.isAssignableFrom(type) ? (Class<? super T>) Agreement.class : type;
    }
  }

  /** The model has no lazy persistence: every attribute may be read. */
  private static final class EverythingTraversable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
      return true;
    }
  }
}
