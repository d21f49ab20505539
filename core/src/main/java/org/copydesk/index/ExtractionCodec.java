package org.copydesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.copydesk.extract.Extraction;
import org.copydesk.extract.Figure;
import org.copydesk.extract.FigureKind;
import org.copydesk.extract.Quote;
import org.copydesk.extract.QuoteKind;
import org.copydesk.extract.Source;

/**
 * The stored form of an {@link Extraction}: compact bytes rather than its JSON, which was twice the
 * size of the article it described and cost a third of the extra work Lucene did per copydesk
 * document (compressing it into stored fields, decompressing it for hits).
 *
 * <p>Counts and offsets as variable-length ints (an end as its distance from the start); kinds as
 * their ordinal; each figure number as a zig-zag long when it is a whole number, else its raw bits;
 * strings through a table of the ones already written in this extraction, so that a repeated cue,
 * speaker or canonical name costs one byte. Ordinals tie the bytes to the enums' order: changing
 * that order, like any change here, needs a new {@link Schema#VERSION}.
 */
final class ExtractionCodec {

  private static final QuoteKind[] QUOTE_KINDS = QuoteKind.values();
  private static final FigureKind[] FIGURE_KINDS = FigureKind.values();

  /** A string reference: null; a new string follows; else index + {@code FIRST_REF} in the table. */
  private static final int NULL = 0;
  private static final int NEW = 1;
  private static final int FIRST_REF = 2;

  /** A figure number: absent, a whole number as a zig-zag long, or the raw bits of a double. */
  private static final int ABSENT = 0;
  private static final int WHOLE = 1;
  private static final int RAW = 2;

  private ExtractionCodec() {}

  static BytesRef encode(Extraction x) {
    try {
      return write(x);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: not thrown
    }
  }

  /** Reads what {@link #encode} wrote. */
  static Extraction decode(BytesRef bytes) {
    try {
      return read(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: not thrown
    }
  }

  private static BytesRef write(Extraction x) throws IOException {
    Writer w = new Writer();
    w.out.writeVInt(x.quotes().size());
    for (Quote q : x.quotes()) {
      w.string(q.text());
      w.span(q.start(), q.end());
      w.out.writeByte((byte) q.kind().ordinal());
      w.string(q.speaker());
      w.optional(q.speakerStart());
      w.optional(q.speakerEnd());
      w.string(q.cue());
    }
    w.out.writeVInt(x.figures().size());
    for (Figure f : x.figures()) {
      w.string(f.text());
      w.span(f.start(), f.end());
      w.out.writeByte((byte) (kind(f.value()) | kind(f.low()) << 2 | kind(f.high()) << 4));
      w.number(f.value());
      w.number(f.low());
      w.number(f.high());
      w.string(f.qualifier());
      w.out.writeByte((byte) f.kind().ordinal());
      w.string(f.unit());
      w.string(f.counts());
      w.string(f.event());
      w.string(f.source());
    }
    w.out.writeVInt(x.sources().size());
    for (Source s : x.sources()) {
      w.string(s.name());
      w.string(s.canonical());
      w.span(s.start(), s.end());
      w.string(s.cue());
      w.string(s.type());
    }
    return new BytesRef(w.out.toArrayCopy());
  }

  private static Extraction read(BytesRef bytes) throws IOException {
    Reader r = new Reader(bytes);
    int n = r.in.readVInt();
    List<Quote> quotes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text = r.string();
      int start = r.in.readVInt();
      int end = start + r.in.readVInt();
      QuoteKind kind = QUOTE_KINDS[r.in.readByte()];
      String speaker = r.string();
      Integer speakerStart = r.optional();
      Integer speakerEnd = r.optional();
      quotes.add(new Quote(text, start, end, kind, speaker, speakerStart, speakerEnd, r.string()));
    }
    n = r.in.readVInt();
    List<Figure> figures = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text = r.string();
      int start = r.in.readVInt();
      int end = start + r.in.readVInt();
      int kinds = r.in.readByte();
      Double value = r.number(kinds & 3);
      Double low = r.number(kinds >>> 2 & 3);
      Double high = r.number(kinds >>> 4 & 3);
      String qualifier = r.string();
      FigureKind kind = FIGURE_KINDS[r.in.readByte()];
      figures.add(new Figure(text, start, end, value, low, high, qualifier, kind,
          r.string(), r.string(), r.string(), r.string()));
    }
    n = r.in.readVInt();
    List<Source> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = r.string();
      String canonical = r.string();
      int start = r.in.readVInt();
      int end = start + r.in.readVInt();
      sources.add(new Source(name, canonical, start, end, r.string(), r.string()));
    }
    if (r.in.getPosition() != bytes.offset + bytes.length) {
      throw new IllegalStateException("stored extraction: " + (bytes.offset + bytes.length - r.in.getPosition()) + " bytes left over");
    }
    return new Extraction(quotes, figures, sources);
  }

  private static int kind(Double d) {
    if (d == null) {
      return ABSENT;
    }
    long whole = (long) d.doubleValue();
    return Double.doubleToRawLongBits(whole) == Double.doubleToRawLongBits(d) ? WHOLE : RAW;
  }

  private static final class Writer {
    final ByteBuffersDataOutput out = new ByteBuffersDataOutput(256);
    private final Map<String, Integer> table = new HashMap<>();

    void string(String s) throws IOException {
      if (s == null) {
        out.writeVInt(NULL);
        return;
      }
      Integer ref = table.putIfAbsent(s, table.size());
      if (ref != null) {
        out.writeVInt(ref + FIRST_REF);
      } else {
        out.writeVInt(NEW);
        out.writeString(s);
      }
    }

    void span(int start, int end) throws IOException {
      out.writeVInt(start);
      out.writeVInt(end - start);
    }

    void optional(Integer i) throws IOException {
      out.writeVInt(i == null ? 0 : i + 1);
    }

    void number(Double d) throws IOException {
      switch (kind(d)) {
        case WHOLE -> out.writeZLong((long) d.doubleValue());
        case RAW -> out.writeLong(Double.doubleToRawLongBits(d));
        default -> { }
      }
    }
  }

  private static final class Reader {
    final ByteArrayDataInput in;
    private final List<String> table = new ArrayList<>();

    Reader(BytesRef bytes) {
      in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    }

    String string() throws IOException {
      int ref = in.readVInt();
      if (ref == NULL) {
        return null;
      }
      if (ref == NEW) {
        String s = in.readString();
        table.add(s);
        return s;
      }
      return table.get(ref - FIRST_REF);
    }

    Integer optional() throws IOException {
      int i = in.readVInt();
      return i == 0 ? null : i - 1;
    }

    Double number(int kind) throws IOException {
      return switch (kind) {
        case ABSENT -> null;
        case WHOLE -> (double) in.readZLong();
        case RAW -> Double.longBitsToDouble(in.readLong());
        default -> throw new IllegalStateException("bad number kind " + kind);
      };
    }
  }
}
