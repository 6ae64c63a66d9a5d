package org.publicprivate.agreements.testkit;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link PropertyTest @PropertyTest}: while the test method runs, the
 * annotation's settings and the method's name apply to the properties it runs on its thread; when
 * they all held, their tries and seeds become a report entry.
 */
final class PropertyExtension implements InvocationInterceptor {

  static final String REPORT_KEY = "agreements.testkit";

  @Override
  public void interceptTestMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    Method method = extensionContext.getRequiredTestMethod();
    Settings defaults = AnnotationSupport.findAnnotation(method, PropertyTest.class)
        .map(annotation -> settings(annotation, method))
        .orElse(Settings.NONE)
        .withName(extensionContext.getDisplayName());
    List<PropertyResult> results;
    try (PropertyContext context = PropertyContext.enter(defaults)) {
      invocation.proceed();
      results = context.results();
    }
    if (!results.isEmpty()) {
      extensionContext.publishReportEntry(REPORT_KEY, results.stream()
          .map(PropertyResult::toString).collect(Collectors.joining("; ")));
    }
  }

  private static Settings settings(PropertyTest annotation, Method method) {
    Settings settings = Settings.NONE;
    if (annotation.tries() != 0) {
      settings = settings.withTries(annotation.tries());
    }
    Long seed = Settings.parseSeed(annotation.seed(), "@PropertyTest(seed) on " + method);
    if (seed != null) {
      settings = settings.withSeed(seed);
    }
    if (annotation.maxShrinkSteps() >= 0) {
      settings = settings.withMaxShrinkSteps(annotation.maxShrinkSteps());
    }
    return settings;
  }
}
