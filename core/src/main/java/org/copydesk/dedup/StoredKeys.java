package org.copydesk.dedup;

import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;

/**
 * How an index stores the {@link NearDuplicateDetector.IndexKeys} of an article: one binary doc
 * value holding the band count (4 bytes), then each band key and each passage hash (8 bytes each,
 * big-endian).
 *
 * <p>Doc values, not index terms: the keys are nearly all unique, so as terms they would double
 * the term dictionary that indexing builds and merges. Candidate generation instead reads them back
 * in one sequential scan and sorts them ({@link SharedKeys}).
 */
public final class StoredKeys {

  private StoredKeys() {}

  /** The bytes to store for the keys. */
  public static BytesRef encode(NearDuplicateDetector.IndexKeys keys) {
    long[] bands = keys.bandKeys();
    long[] passages = keys.passageHashes();
    byte[] bytes = new byte[Integer.BYTES + Long.BYTES * (bands.length + passages.length)];
    BitUtil.VH_BE_INT.set(bytes, 0, bands.length);
    int at = Integer.BYTES;
    for (long key : bands) {
      BitUtil.VH_BE_LONG.set(bytes, at, key);
      at += Long.BYTES;
    }
    for (long hash : passages) {
      BitUtil.VH_BE_LONG.set(bytes, at, hash);
      at += Long.BYTES;
    }
    return new BytesRef(bytes);
  }

  /** The keys stored in {@code bytes}. */
  public static NearDuplicateDetector.IndexKeys decode(BytesRef bytes) {
    int bands = bandCount(bytes);
    long[] bandKeys = new long[bands];
    long[] passages = new long[keyCount(bytes) - bands];
    for (int i = 0; i < bands; i++) {
      bandKeys[i] = key(bytes, i);
    }
    for (int i = 0; i < passages.length; i++) {
      passages[i] = key(bytes, bands + i);
    }
    return new NearDuplicateDetector.IndexKeys(bandKeys, passages);
  }

  /** How many of the stored keys are band keys: they come first. */
  static int bandCount(BytesRef bytes) {
    return (int) BitUtil.VH_BE_INT.get(bytes.bytes, bytes.offset);
  }

  /** How many keys are stored, band keys and passage hashes together. */
  static int keyCount(BytesRef bytes) {
    return (bytes.length - Integer.BYTES) / Long.BYTES;
  }

  /** The {@code i}-th stored key. */
  static long key(BytesRef bytes, int i) {
    return (long) BitUtil.VH_BE_LONG.get(bytes.bytes, bytes.offset + Integer.BYTES + i * Long.BYTES);
  }
}
