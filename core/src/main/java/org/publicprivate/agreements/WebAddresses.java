package org.publicprivate.agreements;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses in one spelling. {@link URI#equals} ignores the case of the scheme, the host and
 * percent-escapes, so two addresses that are equal could be written differently; stored with a
 * lower-case scheme and host and upper-case escapes (RFC 3986, section 6.2.2.1), equal addresses
 * are also the same text.
 */
final class WebAddresses {
  private WebAddresses() {}

  static Optional<URI> normalize(Optional<URI> address) {
    return address.map(WebAddresses::normalize);
  }

  static URI normalize(URI address) {
    String text = address.toString();
    StringBuilder normalized = new StringBuilder(text.length());
    int position = 0;
    String scheme = address.getScheme();
    if (scheme != null) {
      normalized.append(scheme.toLowerCase(Locale.ROOT)).append(':');
      position = scheme.length() + 1;
      String host = address.getHost();
      if (address.getRawAuthority() != null && text.startsWith("//", position)) {
        String authority = address.getRawAuthority();
        normalized.append("//").append(host == null
            ? authority
            : authority.replace(host, host.toLowerCase(Locale.ROOT)));
        position += 2 + authority.length();
      }
    }
    for (int i = position; i < text.length(); i++) {
      char c = text.charAt(i);
      normalized.append(c);
      if (c == '%' && i + 2 < text.length()) {
        normalized.append(Character.toUpperCase(text.charAt(i + 1)))
            .append(Character.toUpperCase(text.charAt(i + 2)));
        i += 2;
      }
    }
    String result = normalized.toString();
    return result.equals(text) ? address : URI.create(result);
  }

  static boolean isNormalized(Optional<URI> address) {
    return address.isEmpty() || normalize(address.get()) == address.get();
  }
}
