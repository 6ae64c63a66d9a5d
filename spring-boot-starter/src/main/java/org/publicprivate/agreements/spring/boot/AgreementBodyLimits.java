package org.publicprivate.agreements.spring.boot;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.publicprivate.agreements.Agreement;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;

/**
 * Refuses an agreement request body before a converter reads it when it declares more bytes than
 * the limit or a character set other than UTF-8, and stops reading one that turns out longer than
 * the limit. Other request bodies are left alone.
 *
 * <p>A refused body is read to its end, unparsed, up to {@value #DRAIN_FACTOR} times the limit:
 * Tomcat closes the connection after a 413, and a client still sending would then see the
 * connection reset instead of the answer. A longer body is left unread.
 */
@ControllerAdvice
final class AgreementBodyLimits implements RequestBodyAdvice {
  static final int DRAIN_FACTOR = 4;

  private final long maxBytes;

  AgreementBodyLimits(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType instanceof Class<?> type && Agreement.class.isAssignableFrom(type);
  }

  @Override
  public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter,
      Type targetType, Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
    HttpHeaders headers = message.getHeaders();
    MediaType contentType = headers.getContentType();
    Charset charset = contentType == null ? null : contentType.getCharset();
    if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
      throw DocumentRefusedException.notUtf8(contentType);
    }
    if (headers.getContentLength() > maxBytes) {
      drain(message.getBody(), maxBytes * DRAIN_FACTOR);
      throw DocumentRefusedException.tooLarge(maxBytes);
    }
    InputStream body = new LimitedInputStream(message.getBody(), maxBytes);
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return body;
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }

  @Override
  public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter,
      Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
    return body;
  }

  @Override
  public Object handleEmptyBody(Object body, HttpInputMessage message, MethodParameter parameter,
      Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
    return body;
  }

  private static void drain(InputStream in, long atMost) throws IOException {
    byte[] buffer = new byte[8192];
    long left = atMost;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      left -= n;
    }
  }

  /** A stream that fails once more than its limit of bytes has been read from it. */
  private static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > limit) {
        drain(in, limit * DRAIN_FACTOR - count);
        throw DocumentRefusedException.tooLarge(limit);
      }
    }
  }
}
