package org.copydesk.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable table that folds the names of sources to one canonical name and type: "the Korean
 * Central News Agency", "KCNA state news agency" and "KCNA" all read as {@code KCNA}, agency.
 *
 * <p>The built-in table is the resource {@code org/copydesk/extract/source-aliases.tsv} (one {@code
 * alias<TAB>canonical<TAB>type} a line, {@code #} comments). Embedding users extend it with {@link
 * #with(String, String, String)} or {@link #withTsv(Reader, String)}; each returns a new table, so a
 * table can be shared between threads.
 *
 * <p>Matching ignores case, a leading article ("the", "a", "an"), curly apostrophes ({@code ’} reads
 * as {@code '}) and runs of white space.
 *
 * <p>NOTE: capitals stand for their governments ("Seoul has suggested" folds to South Korea). Remove
 * or override such a row with {@code with("Seoul", "Seoul", "government")} when that is wrong for
 * your corpus.
 */
public final class SourceAliases {

  /** Types a row may carry; also the types a {@link Source} may have. */
  public static final Set<String> TYPES =
      Set.of("agency", "media", "intelligence", "government", "official", "analyst", "organisation", "person");

  private static final String RESOURCE = "source-aliases.tsv";
  private static final SourceAliases DEFAULTS = loadDefaults();

  /** A row of the table: the canonical name and the type of the source. */
  record Entry(String canonical, String type) {}

  private final Map<String, Entry> byKey;

  private SourceAliases(Map<String, Entry> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The built-in table, loaded once from the resource. */
  public static SourceAliases defaults() {
    return DEFAULTS;
  }

  /** An empty table, for users who want only their own rows. */
  public static SourceAliases empty() {
    return new SourceAliases(Map.of());
  }

  /**
   * Returns a table with one more row; the canonical name becomes an alias of itself too.
   *
   * @param alias a name as articles write it
   * @param canonical the name to fold it to
   * @param type one of {@link #TYPES}
   * @throws IllegalArgumentException when a parameter is blank or the type is unknown
   */
  public SourceAliases with(String alias, String canonical, String type) {
    Map<String, Entry> copy = new HashMap<>(byKey);
    put(copy, alias, canonical, type, "with");
    return new SourceAliases(copy);
  }

  /**
   * Returns a table with the rows of a TSV added (same format as the built-in resource); later rows
   * override earlier ones and the rows of this table.
   *
   * @param tsv the rows, {@code alias<TAB>canonical<TAB>type}
   * @param origin a name for the input used in error messages (a file name)
   * @throws IOException when reading fails
   * @throws IllegalArgumentException naming the origin and line when a row is malformed
   */
  public SourceAliases withTsv(Reader tsv, String origin) throws IOException {
    Map<String, Entry> copy = new HashMap<>(byKey);
    BufferedReader in = new BufferedReader(tsv);
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = origin + ":" + lineNo;
      if (cols.length != 3) {
        throw new IllegalArgumentException(
            where + ": expected alias<TAB>canonical<TAB>type, found " + cols.length + " columns");
      }
      put(copy, cols[0], cols[1], cols[2], where);
    }
    return new SourceAliases(copy);
  }

  /**
   * The canonical name of a source name: the table's when the name is in it, otherwise the name
   * with a leading article dropped and white space and apostrophes normalised.
   *
   * @param name a source name as written ("the KCNA state news agency")
   * @return the canonical name ("KCNA"); an empty string for a blank name
   */
  public String canonical(String name) {
    Objects.requireNonNull(name, "name");
    Entry e = lookup(name);
    return e != null ? e.canonical() : stripArticle(normaliseSpace(name));
  }

  /** The type of a source name in the table, or null when the table does not know it. */
  public String type(String name) {
    Objects.requireNonNull(name, "name");
    Entry e = lookup(name);
    return e == null ? null : e.type();
  }

  /** The row for a name, or null. */
  Entry lookup(String name) {
    return byKey.get(key(name));
  }

  /** The matching key: lower case, apostrophes straightened, white space collapsed, article dropped. */
  static String key(String name) {
    String key = asciiKey(name);
    return key != null ? key : generalKey(name);
  }

  /** {@link #key(String)} by its definition, for any name. */
  static String generalKey(String name) {
    return stripArticle(normaliseSpace(name)).toLowerCase(Locale.ROOT);
  }

  /**
   * {@link #generalKey(String)} in one pass and one String, for a name of ASCII characters and curly
   * apostrophes (nearly every name an extractor asks about); null for any other name.
   */
  private static String asciiKey(String name) {
    int n = name.length();
    char[] key = new char[n];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        if (c != '’' && c != '‘') {
          return null; // case and white space outside ASCII: leave them to the general rules
        }
        c = '\'';
      } else if (Character.isWhitespace(c)) {
        space = length > 0;
        continue;
      }
      if (space) {
        key[length++] = ' ';
        space = false;
      }
      key[length++] = LowerCaseWords.toLowerAscii(c);
    }
    int from = startsWith(key, length, "the ") ? 4 : startsWith(key, length, "a ") ? 2
        : startsWith(key, length, "an ") ? 3 : 0;
    return new String(key, from, length - from);
  }

  private static boolean startsWith(char[] chars, int length, String prefix) {
    if (length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (chars[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String normaliseSpace(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c == '’' || c == '‘' ? '\'' : c);
    }
    return b.toString();
  }

  private static String stripArticle(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String article : new String[] {"the ", "a ", "an "}) {
      if (lower.startsWith(article)) {
        return s.substring(article.length());
      }
    }
    return s;
  }

  private static void put(Map<String, Entry> map, String alias, String canonical, String type, String where) {
    if (alias == null || alias.isBlank() || canonical == null || canonical.isBlank()) {
      throw new IllegalArgumentException(where + ": alias and canonical must not be blank");
    }
    if (type == null || !TYPES.contains(type.strip())) {
      throw new IllegalArgumentException(where + ": type must be one of " + TYPES + ", found '" + type + "'");
    }
    Entry e = new Entry(canonical.strip(), type.strip());
    map.put(key(alias), e);
    map.putIfAbsent(key(canonical), e);
  }

  private static SourceAliases loadDefaults() {
    try (InputStream in = SourceAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/copydesk/extract/" + RESOURCE);
      }
      return empty().withTsv(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/copydesk/extract/" + RESOURCE, e);
    }
  }
}
