/**
 * Rendering of near-duplicate reports: {@link org.copydesk.report.ReportWriter} turns a {@link
 * org.copydesk.dedup.DuplicateReport} into Markdown, HTML or JSON.
 */
package org.copydesk.report;
