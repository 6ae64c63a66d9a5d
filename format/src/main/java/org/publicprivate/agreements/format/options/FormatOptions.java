package org.publicprivate.agreements.format.options;

/**
 * The settings a Jackson module of agreements reads and writes with, the same for every Jackson
 * line. Each module's {@code AgreementModule.Builder} is a {@link Builder} of these settings.
 *
 * @param amountsAsStrings whether writers emit amounts as strings of digits
 * @param ignoreUnknownProperties whether readers skip properties they do not know
 * @param allowTrailingContent whether readers accept content after a root agreement
 */
public record FormatOptions(
    boolean amountsAsStrings, boolean ignoreUnknownProperties, boolean allowTrailingContent) {
  /** The strict default: amounts as JSON numbers, unknown properties and trailing content rejected. */
  public static final FormatOptions STRICT = new FormatOptions(false, false, false);

  /**
   * The id a module of these settings registers under: modules of different settings are different
   * registrations on one mapper, modules of equal settings one.
   */
  public String registrationId(String moduleName) {
    return moduleName + "/" + amountsAsStrings + "/" + ignoreUnknownProperties + "/"
        + allowTrailingContent;
  }

  /**
   * Sets the options of a module; every setting starts from the options given to the constructor.
   *
   * @param <B> the builder itself, returned by each setter
   * @param <M> what the builder builds
   */
  public abstract static class Builder<B extends Builder<B, M>, M> {
    private boolean amountsAsStrings;
    private boolean ignoreUnknownProperties;
    private boolean allowTrailingContent;

    /** A builder that starts from the given settings. */
    protected Builder(FormatOptions from) {
      this.amountsAsStrings = from.amountsAsStrings();
      this.ignoreUnknownProperties = from.ignoreUnknownProperties();
      this.allowTrailingContent = from.allowTrailingContent();
    }

    /**
     * Whether writers emit amounts as strings of digits, for JavaScript readers, whose numbers lose
     * precision above 2^53. Readers accept both forms whatever this says.
     */
    public B amountsAsStrings(boolean value) {
      this.amountsAsStrings = value;
      return self();
    }

    /**
     * Whether readers skip unknown properties (for readers of documents from a newer version of
     * this library) instead of rejecting them.
     */
    public B ignoreUnknownProperties(boolean value) {
      this.ignoreUnknownProperties = value;
      return self();
    }

    /**
     * Whether readers accept more content after a root agreement, as when reading a stream of
     * documents with the mapper's {@code readValues}. Strict readers reject it.
     */
    public B allowTrailingContent(boolean value) {
      this.allowTrailingContent = value;
      return self();
    }

    /** The settings as set so far. */
    protected final FormatOptions options() {
      return new FormatOptions(amountsAsStrings, ignoreUnknownProperties, allowTrailingContent);
    }

    /** What these settings make. */
    public abstract M build();

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }
  }
}
