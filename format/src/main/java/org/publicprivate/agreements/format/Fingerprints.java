package org.publicprivate.agreements.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.publicprivate.agreements.Agreement;

/**
 * The fingerprint of an agreement: {@code sha256:} and the 64 lower-case hexadecimal digits of the
 * SHA-256 of the RFC 8785 form ({@link JsonCanonicalizer}) of the document the format writes for
 * it with amounts as strings. Any RFC 8785 implementation in any language computes the same value
 * from any copy of the document: the order of its members, its whitespace and whether its amounts
 * are numbers or strings do not count. Both Jackson modules offer it as {@code
 * AgreementJson.fingerprint}.
 *
 * <p>The RFC 8785 bytes are written straight from the agreement into the digest, a buffer at a
 * time: members in RFC 8785 order because each object's attributes are sorted by name once, not
 * per document (see {@link CanonicalTokenWriter}).
 */
public final class Fingerprints {
  /** What every fingerprint starts with: the name of its hash. */
  public static final String PREFIX = "sha256:";

  private Fingerprints() {}

  /** The fingerprint of {@code agreement}. */
  public static String of(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    MessageDigest digest = sha256();
    writeCanonical(agreement, digest::update);
    return PREFIX + HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Writes the RFC 8785 form of the document of {@code agreement}, amounts as strings, to {@code
   * sink}.
   */
  static void writeCanonical(Agreement agreement, CanonicalTokenWriter.Sink sink) {
    CanonicalTokenWriter writer = new CanonicalTokenWriter(sink);
    AgreementFormat.write(Output.sortedByName(writer, true), agreement);
    writer.flush();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's contract).
      throw new IllegalStateException("this Java runtime has no SHA-256", e);
    }
  }
}
