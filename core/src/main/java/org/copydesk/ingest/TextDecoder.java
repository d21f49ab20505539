package org.copydesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a file into article text: byte-order marks honoured (UTF-8, UTF-16 LE/BE),
 * invalid UTF-8 replaced with U+FFFD, NUL and other control characters (except tab and line ends)
 * removed, and the result normalised to Unicode NFC.
 *
 * <p>NOTE: line ends are kept as they are ({@code \r\n}, {@code \r}), so that offsets stay
 * indices into the text as read; the readers split lines on all three.
 */
public final class TextDecoder {

  private TextDecoder() {}

  /** The decoded text and what had to be repaired on the way (null when nothing). */
  public record Decoded(String text, String repair) {}

  /** Decodes the bytes of one file or record. */
  public static Decoded decode(byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWithUtf8Bom(bytes, 0, bytes.length)) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    String repair = null;
    String text;
    try {
      text = strictDecoder(charset).decode(in).toString();
    } catch (CharacterCodingException e) {
      in.rewind().position(skip);
      text = charset.decode(in).toString();
      repair = "invalid " + charset.name() + " replaced with U+FFFD";
    }
    return clean(text, repair);
  }

  /** Whether {@code bytes[start, end)} opens with the UTF-8 byte-order mark (EF BB BF). */
  static boolean startsWithUtf8Bom(byte[] bytes, int start, int end) {
    return end - start >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB
        && (bytes[start + 2] & 0xFF) == 0xBF;
  }

  /** Cleans text that is already decoded (JSON strings, HTML text): control characters and NFC. */
  public static Decoded clean(String text, String repair) {
    if (isPlain(text)) {
      return new Decoded(text, repair);
    }
    String stripped = stripControls(text);
    if (stripped.length() != text.length()) {
      repair = join(repair, "control characters removed");
    }
    if (!Normalizer.isNormalized(stripped, Normalizer.Form.NFC)) {
      stripped = Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }
    return new Decoded(stripped, repair);
  }

  /**
   * Whether the text has no control character to remove and is NFC for certain: every character is
   * below U+0300, where the first characters that NFC may change (combining marks) begin. One scan,
   * which most text passes.
   */
  private static boolean isPlain(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x300 || isBadControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "; " + b;
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String stripControls(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !isBadControl(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!isBadControl(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isBadControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  }

  /** Whether the bytes look like a binary file (a NUL in the first 8 KB, not UTF-16 with a BOM). */
  public static boolean looksBinary(byte[] bytes) {
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
      return false;
    }
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

}
