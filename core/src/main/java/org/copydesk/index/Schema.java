package org.copydesk.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/**
 * The index schema: every field's name and how it is analysed, used by indexing and querying alike.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>indexed as</th><th>stored</th></tr>
 *   <tr><td>{@code id}</td><td>exact term</td><td>yes</td></tr>
 *   <tr><td>{@code title}, {@code body}</td><td>English text: case-folded, possessives and stop
 *       words removed, Porter-stemmed</td><td>yes</td></tr>
 *   <tr><td>{@code outlet}, {@code author}</td><td>plain text: case-folded words, no stemming</td><td>yes</td></tr>
 *   <tr><td>{@code published}</td><td>epoch milliseconds (points and doc values)</td><td>yes</td></tr>
 *   <tr><td>{@code quote}</td><td>English text of each quotation</td><td>in {@code extraction}</td></tr>
 *   <tr><td>{@code speaker}, {@code source}</td><td>plain text of speakers; sources canonical and as written</td><td>in {@code extraction}</td></tr>
 *   <tr><td>{@code figure}, {@code figure.EVENT}</td><td>double points: count figures, and those of one event</td><td>in {@code extraction}</td></tr>
 *   <tr><td>{@code extraction}</td><td>not indexed: quotes, figures and sources, compact binary
 *       ({@link ExtractionCodec})</td><td>yes</td></tr>
 *   <tr><td>{@code fingerprints}</td><td>binary doc values: the MinHash LSH band keys and winnowed
 *       shingle hashes of the body ({@link org.copydesk.dedup.StoredKeys})</td><td>no</td></tr>
 * </table>
 *
 * <p>NOTE: {@link #VERSION} is recorded in every commit; bump it whenever a field or its analysis
 * changes, so that an old index is refused with a message instead of being searched wrongly.
 */
public final class Schema {

  /** The schema version this code writes and reads. */
  public static final int VERSION = 5;

  /** Commit user-data key holding the schema version. */
  public static final String VERSION_KEY = "copydesk.schema";

  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  /** The text as read, stored only when it differs from the body. */
  public static final String TEXT = "text";
  public static final String OUTLET = "outlet";
  /** The outlet as one doc-values term, for facets and statistics. */
  public static final String OUTLET_KEY = "outlet_key";
  public static final String AUTHOR = "author";
  public static final String URL = "url";
  public static final String PUBLISHED = "published";
  public static final String ORIGIN = "origin";
  public static final String QUOTE = "quote";
  public static final String SPEAKER = "speaker";
  public static final String SOURCE = "source";
  public static final String FIGURE = "figure";
  /** Prefix of the per-event figure fields: {@code figure.killed}. */
  public static final String FIGURE_EVENT_PREFIX = "figure.";
  /** The extractors' output, stored in the compact form of {@link ExtractionCodec}. */
  public static final String EXTRACTION = "extraction";
  /** Binary doc values: the body's near-duplicate keys, see {@link org.copydesk.dedup.StoredKeys}. */
  public static final String FINGERPRINTS = "fingerprints";
  /** Commit user-data key holding the fingerprint settings (shingle size, MinHash seed, bands). */
  public static final String FINGERPRINT_KEY = "copydesk.fingerprint";

  /** The outlet key of an article whose outlet is unknown. */
  public static final String UNKNOWN_OUTLET = "(unknown)";

  /** The fields searched when a query names none, with their boosts. */
  public static final Map<String, Float> DEFAULT_FIELDS = Map.of(TITLE, 2.0f, BODY, 1.0f);

  /**
   * Body: English text, positions and no offsets. NOTE: snippets re-analyse the few bodies they
   * show; offsets in the postings cost every document about a tenth of its Lucene work and the index
   * a ninth of its size on disk, to save a few milliseconds for ten hits.
   */
  static final FieldType BODY_TYPE = TextField.TYPE_STORED;

  /**
   * Outlet and author: short labels, stored, without norms. NOTE: a field that only some articles
   * have gets sparse norms, and every posting of it then seeks its document's norm when the segment
   * is written; these labels gain nothing from length normalisation.
   */
  static final FieldType LABEL_TYPE;

  /** Quotes, speakers and sources: indexed, not stored (they are in the extraction), without norms. */
  static final FieldType CLAIM_TYPE;

  static {
    LABEL_TYPE = new FieldType(TextField.TYPE_STORED);
    LABEL_TYPE.setOmitNorms(true);
    LABEL_TYPE.freeze();
    CLAIM_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    CLAIM_TYPE.setOmitNorms(true);
    CLAIM_TYPE.freeze();
  }

  private Schema() {}

  /** The analyzer for every field, for indexing and querying alike. */
  public static Analyzer analyzer() {
    Analyzer english = new EnglishAnalyzer();
    Analyzer plain = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    return new PerFieldAnalyzerWrapper(
        english, Map.of(OUTLET, plain, AUTHOR, plain, SPEAKER, plain, SOURCE, plain));
  }

  /**
   * The fingerprint settings an index records, to check that a detector reads it with the same ones.
   *
   * <p>NOTE: names the MinHash scheme too ({@code minhash=oph}: one-permutation hashing into
   * {@code bins} bins with optimal densification, see {@link org.copydesk.dedup.MinHash}), so that an
   * index whose band keys were made with 128 independent hash functions is refused, not matched
   * against keys that never agree with its own.
   */
  public static String fingerprint(org.copydesk.dedup.DedupConfig c) {
    return "shingles=" + c.shingleSize() + ";minhash=oph;bins=" + c.permutations() + ";bands=" + c.bands()
        + "x" + c.rows() + ";seed=" + Long.toHexString(c.seed()) + ";passageWords=" + c.minPassageWords();
  }

  /** Whether the field holds numeric figure points. */
  public static boolean isFigureField(String field) {
    return FIGURE.equals(field) || field.startsWith(FIGURE_EVENT_PREFIX);
  }
}
