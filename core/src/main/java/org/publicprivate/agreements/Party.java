package org.publicprivate.agreements;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.publicprivate.agreements.attributes.PartyAttribute;

/**
 * An organisation that takes part in an agreement: a city, a company, a cooperative, a university
 * council, a technopark.
 *
 * <pre>{@code
 * Party busan = Party.builder()
 *     .id(PartyId.of("busan"))
 *     .name("부산광역시")
 *     .englishName("Busan Metropolitan City")
 *     .addAlias("부산시")
 *     .kind(PartyKind.LOCAL_GOVERNMENT)
 *     .build();
 * busan.sector(); // Sector.PUBLIC
 * }</pre>
 */
@Value.Immutable
public abstract class Party implements WithParty {
  Party() {}

  /** The party's identifier, unique within its agreement. */
  public abstract PartyId id();

  /** The official Korean name, such as {@code 부산광역시}. */
  public abstract String name();

  /** The English name, such as {@code Busan Metropolitan City}. */
  public abstract Optional<String> englishName();

  /** Other names the party goes by, such as the short {@code 부산시}. */
  public abstract List<String> aliases();

  /** What kind of organisation the party is. */
  public abstract PartyKind kind();

  /** The party's sector, fixed by its {@link #kind()}. */
  public Sector sector() {
    return kind().sector();
  }

  /** The business registration number (사업자등록번호). */
  public abstract Optional<BusinessRegistrationNumber> businessRegistrationNumber();

  /** The corporate registration number (법인등록번호). */
  public abstract Optional<CorporateRegistrationNumber> corporateRegistrationNumber();

  /**
   * The party's identifiers in other registers, such as its Legal Entity Identifier
   * ({@code XI-LEI}); one per scheme, which validation checks.
   */
  public abstract List<Identifier> identifiers();

  /** The party's head, such as the mayor of a city. */
  public abstract Optional<Person> representative();

  /** The group the party belongs to, such as {@code 르노그룹}. */
  public abstract Optional<String> parentOrganisation();

  /** The party's web site; its scheme and host are stored in lower case. */
  public abstract Optional<URI> website();

  /**
   * The values users attach under names of their own ({@code busan:investmentDeskId}), sorted by
   * name in UTF-16 code units; empty when there are none. See {@link Extensions} for the names and
   * the size limit; text in them is stored as given (no trimming, no NFC).
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, ExtensionValue> extensions();

  /** A builder for a party; {@code id}, {@code name} and {@code kind} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  @Value.Check
  Party normalize() {
    Extensions.check("Party", extensions());
    String name = Text.normalize(name(), PartyAttribute.NAME);
    Optional<String> englishName = Text.normalize(englishName(), PartyAttribute.ENGLISH_NAME);
    List<String> aliases = Text.normalize(aliases(), PartyAttribute.ALIASES);
    Optional<String> parent =
        Text.normalize(parentOrganisation(), PartyAttribute.PARENT_ORGANISATION);
    if (name.equals(name()) && englishName.equals(englishName()) && aliases.equals(aliases())
        && parent.equals(parentOrganisation()) && WebAddresses.isNormalized(website())) {
      return this;
    }
    return builder()
        .from(this)
        .name(name)
        .englishName(englishName)
        .aliases(aliases)
        .parentOrganisation(parent)
        .website(WebAddresses.normalize(website()))
        .build();
  }

}
