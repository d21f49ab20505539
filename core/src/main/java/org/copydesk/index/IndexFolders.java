package org.copydesk.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/** Checks an index folder before it is opened, so that every refusal comes with a message that says what to do. */
final class IndexFolders {

  /** Files a folder may hold besides an index: the README that index-data ships with. */
  private static final Set<String> HARMLESS = Set.of("README.md", ".gitignore", ".gitkeep", "write.lock");

  private IndexFolders() {}

  /** Fails unless the folder holds a non-empty index of this schema version. */
  static void checkReadable(Path dir, Directory directory) throws IOException {
    if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(directory)) {
      throw new IndexStateException(
          IndexStateException.Reason.MISSING,
          "no index at " + dir + ": run `copydesk index FILE...` first (or give --index DIR)");
    }
    checkVersion(dir, directory, false);
  }

  /** Fails when writing would harm what is there: another schema (unless recreating) or foreign files. */
  static void checkWritable(Path dir, Directory directory, boolean recreate) throws IOException {
    if (DirectoryReader.indexExists(directory)) {
      checkVersion(dir, directory, recreate);
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      Path foreign =
          files.filter(p -> !isHarmless(p.getFileName().toString())).findFirst().orElse(null);
      if (foreign != null) {
        throw new IndexStateException(
            IndexStateException.Reason.NOT_AN_INDEX,
            dir + " is not a copydesk index (it holds " + foreign.getFileName()
                + "): give --index an empty or new folder");
      }
    }
  }

  /** Fails when an index holds fingerprints made with other settings than the writer's. */
  static void checkFingerprint(Path dir, Iterable<Map.Entry<String, String>> commitData, String expected)
      throws IndexStateException {
    String found = null;
    for (Map.Entry<String, String> e : commitData) {
      if (Schema.FINGERPRINT_KEY.equals(e.getKey())) {
        found = e.getValue();
      }
    }
    if (found != null && !found.equals(expected)) {
      throw new IndexStateException(
          IndexStateException.Reason.INCOMPATIBLE,
          "the index at " + dir + " holds near-duplicate fingerprints made with " + found
              + ", not " + expected + ": rebuild it with `copydesk index --recreate FILE...`");
    }
  }

  /** The README, lock and Lucene's own files (of an index being created by another writer). */
  private static boolean isHarmless(String name) {
    return HARMLESS.contains(name)
        || name.startsWith(IndexFileNames.SEGMENTS)
        || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
        || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
  }

  private static void checkVersion(Path dir, Directory directory, boolean recreate) throws IOException {
    Map<String, String> userData;
    try {
      userData = SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IOException | RuntimeException e) {
      if (recreate) {
        return;
      }
      throw new IndexStateException(
          IndexStateException.Reason.NOT_AN_INDEX,
          "cannot read the index at " + dir + " (" + e.getMessage() + "): rebuild it with `copydesk index --recreate FILE...`");
    }
    String version = userData.get(Schema.VERSION_KEY);
    if (!recreate && !String.valueOf(Schema.VERSION).equals(version)) {
      throw new IndexStateException(
          IndexStateException.Reason.INCOMPATIBLE,
          "the index at " + dir + " was written by "
              + (version == null ? "another program" : "copydesk schema v" + version)
              + ", this copydesk uses schema v" + Schema.VERSION
              + ": rebuild it with `copydesk index --recreate FILE...`");
    }
  }
}
