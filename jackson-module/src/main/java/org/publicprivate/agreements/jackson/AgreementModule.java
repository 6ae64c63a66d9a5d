package org.publicprivate.agreements.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.util.Properties;
import org.publicprivate.agreements.Agreement;
import org.publicprivate.agreements.format.options.FormatOptions;
import org.publicprivate.agreements.format.Formats;
import org.publicprivate.agreements.format.ModelType;
import org.publicprivate.agreements.format.Resources;

/**
 * A Jackson module that reads and writes agreements in their one canonical JSON form.
 *
 * <p>Register it on a mapper, or let {@code findAndRegisterModules()} find it:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new AgreementModule());
 * String json = mapper.writeValueAsString(agreement);       // "formatVersion": 1 first
 * Agreement read = mapper.readValue(json, Agreement.class); // strict: errors name the JSON path
 * }</pre>
 *
 * <p>The default module is strict. Configuration makes a new module; a module never changes:
 *
 * <pre>{@code
 * AgreementModule forJavaScript = AgreementModule.builder().amountsAsStrings(true).build();
 * AgreementModule forNewerDocuments = AgreementModule.builder().ignoreUnknownProperties(true).build();
 * }</pre>
 *
 * <p>The module handles {@link Agreement} and, on their own, every other public type of the model:
 * each composite, {@code MoneyAmount}, {@code DateRange}, {@code FiscalYears}, and the ids,
 * registration numbers and {@code PartialDate} as strings, so that a user's own type holding one
 * works. It brings its own handling of dates, times and years, so no other module is needed.
 */
public final class AgreementModule extends Module {
  private static final Version VERSION = readVersion();

  private final FormatOptions options;

  /** The strict default module: amounts as JSON numbers, unknown properties rejected. */
  public AgreementModule() {
    this(FormatOptions.STRICT);
  }

  private AgreementModule(FormatOptions options) {
    this.options = options;
  }

  /** A builder that starts from the strict default. */
  public static Builder builder() {
    return new Builder(FormatOptions.STRICT);
  }

  /** A builder that starts from this module's settings. */
  public Builder toBuilder() {
    return new Builder(options);
  }

  /** The module's settings. */
  public FormatOptions options() {
    return options;
  }

  /** Whether writers emit amounts as strings of digits ({@code "20000000000"}). */
  public boolean amountsAsStrings() {
    return options.amountsAsStrings();
  }

  /** Whether readers skip properties they do not know instead of rejecting them. */
  public boolean ignoreUnknownProperties() {
    return options.ignoreUnknownProperties();
  }

  /** Whether readers accept content after a root agreement (a stream of documents). */
  public boolean allowTrailingContent() {
    return options.allowTrailingContent();
  }

  @Override
  public String getModuleName() {
    return "AgreementModule";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  /** Modules of different settings are different registrations on one mapper. */
  @Override
  public Object getTypeId() {
    return options.registrationId(getModuleName());
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (ModelType<?> model : Formats.TYPES) {
      register(model, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private <T> void register(ModelType<T> model, SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(new ModelSerializer<>(model, options.amountsAsStrings()));
    deserializers.addDeserializer(model.type(),
        new ModelDeserializer<>(model, options.ignoreUnknownProperties(),
            !options.allowTrailingContent()));
  }

  private static Version readVersion() {
    Properties properties =
        Resources.properties(AgreementModule.class.getResourceAsStream("version.properties"));
    return VersionUtil.parseVersion(properties.getProperty("version"),
        properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }

  /** Builds an {@link AgreementModule}; the setters are those of {@link FormatOptions.Builder}. */
  public static final class Builder extends FormatOptions.Builder<Builder, AgreementModule> {
    private Builder(FormatOptions from) {
      super(from);
    }

    /** The module with these settings. */
    @Override
    public AgreementModule build() {
      return new AgreementModule(options());
    }
  }
}
