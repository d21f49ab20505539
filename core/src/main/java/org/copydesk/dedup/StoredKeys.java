package org.copydesk.dedup;

import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;

/**
 * How an index stores the {@link NearDuplicateDetector.IndexKeys} of an article: one binary doc
 * value holding the band count (4 bytes), then each band key and each passage hash, of which it
 * keeps the top {@link #KEY_BYTES} bytes (big-endian).
 *
 * <p>48 bits are all that candidate generation can use: {@link SharedKeys} puts the article number
 * in a key's low bits, 20 of them at a million articles, so keeping the low 16 loses nothing below
 * 16 million articles, and above that it only adds candidates, which are verified like every other.
 * Six bytes instead of eight make a 100,000-article index about 10% smaller (243 to 220 MB), and
 * the doc values IndexWriter buffers a quarter smaller, so it flushes less often.
 *
 * <p>Doc values, not index terms: the keys are nearly all unique, so as terms they would double
 * the term dictionary that indexing builds and merges. Candidate generation instead reads them back
 * in one sequential scan and sorts them ({@link SharedKeys}).
 */
public final class StoredKeys {

  /** The bytes kept of each key: its top 48 bits. */
  static final int KEY_BYTES = 6;

  private StoredKeys() {}

  /** A key as the index keeps it: its low 16 bits cleared. Compare a probe's keys in this form. */
  static long stored(long key) {
    return key & ~0xFFFFL;
  }

  /** The bytes to store for the keys. */
  public static BytesRef encode(NearDuplicateDetector.IndexKeys keys) {
    long[] bands = keys.bandKeys();
    long[] passages = keys.passageHashes();
    byte[] bytes = new byte[Integer.BYTES + KEY_BYTES * (bands.length + passages.length)];
    BitUtil.VH_BE_INT.set(bytes, 0, bands.length);
    int at = put(bytes, Integer.BYTES, bands);
    put(bytes, at, passages);
    return new BytesRef(bytes);
  }

  /** Writes the top 48 bits of each key from {@code at} on; returns the offset after them. */
  private static int put(byte[] bytes, int at, long[] keys) {
    for (long key : keys) {
      BitUtil.VH_BE_INT.set(bytes, at, (int) (key >>> 32));
      BitUtil.VH_BE_SHORT.set(bytes, at + Integer.BYTES, (short) (key >>> 16));
      at += KEY_BYTES;
    }
    return at;
  }

  /** The keys stored in {@code bytes}, each in its {@link #stored} form. */
  public static NearDuplicateDetector.IndexKeys decode(BytesRef bytes) {
    int bands = bandCount(bytes);
    return new NearDuplicateDetector.IndexKeys(keys(bytes, 0, bands), keys(bytes, bands, keyCount(bytes)));
  }

  private static long[] keys(BytesRef bytes, int from, int to) {
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      keys[i - from] = key(bytes, i);
    }
    return keys;
  }

  /** How many of the stored keys are band keys: they come first. */
  static int bandCount(BytesRef bytes) {
    return (int) BitUtil.VH_BE_INT.get(bytes.bytes, bytes.offset);
  }

  /** How many keys are stored, band keys and passage hashes together. */
  static int keyCount(BytesRef bytes) {
    return (bytes.length - Integer.BYTES) / KEY_BYTES;
  }

  /** The {@code i}-th stored key, in its {@link #stored} form. */
  static long key(BytesRef bytes, int i) {
    int at = bytes.offset + Integer.BYTES + i * KEY_BYTES;
    long high = (int) BitUtil.VH_BE_INT.get(bytes.bytes, at);
    long low = (short) BitUtil.VH_BE_SHORT.get(bytes.bytes, at + Integer.BYTES) & 0xFFFFL;
    return high << 32 | low << 16;
  }
}
