package org.copydesk.bench;

import java.util.List;

/**
 * One end-to-end benchmark that {@link Bench} can run by name ({@code index}, {@code search},
 * {@code dups}).
 *
 * <p>To add one: implement this, give it a name, and list it in {@link Bench#BENCHMARKS}. It gets
 * the corpus (generated on first use) and a folder of its own through the {@link BenchContext}, runs
 * its timed runs itself ({@link BenchContext#runs()}), and returns one {@link Measure} per figure;
 * {@link Bench} prints them as a table and appends them to the results file.
 */
interface Benchmark {

  /** The name used on the command line and in the results file. */
  String name();

  /** Runs the benchmark's timed runs and returns its figures. */
  List<Measure> run(BenchContext context) throws Exception;
}
