package org.copydesk.ingest;

import java.io.IOException;

/**
 * Reads articles of one input format from a file; never touches the index.
 *
 * <p>Implementations are stateless and thread-safe. A bad record is reported to the sink and
 * skipped; an {@link IOException} means the file itself could not be read.
 */
public interface ArticleReader {

  /** Whether this reader handles the file, judged by its name (extension). */
  boolean accepts(String fileName);

  /** Reads every article of the file into the sink. */
  void read(InputFile file, ArticleSink sink) throws IOException;
}
