package org.langcov.check;

/**
 * The text of a document's page 1 and of its first pages together, as either extraction reads it: {@link QuickText}
 * from the content streams, {@link StrippedText} as a reader sees it.
 *
 * @param pageOne
 *            page 1's text
 * @param firstPages
 *            the first pages' text, page 1's included
 * @param pagesRead
 *            how many pages were read: at most {@value StrippedText#PAGES}
 */
record PageTexts(String pageOne, String firstPages, int pagesRead) {
}
