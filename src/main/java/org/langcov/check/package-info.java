/**
 * The inspection of one file: one file in, one {@link org.langcov.check.Inspection} out. Whether the file is a PDF that
 * can really be opened, shows the expected document symbols on page 1 and is in the expected language, and which status
 * that gives; and the time limit and containment every inspection runs under
 * ({@link org.langcov.check.TimedInspector}).
 * <p>
 * A page's text is read the quick way first, straight from its content streams ({@link org.langcov.check.QuickText}),
 * and in full by PDFBox's text stripper ({@link org.langcov.check.StrippedText}) only when the quick text cannot be
 * read or cannot settle the verdict; the language is then told from the words
 * ({@link org.langcov.check.LanguageIdentifier}).
 * <p>
 * Nothing here knows about slots, stores, jobs, registers or reports: an inspection depends on the file and on what is
 * expected of it ({@link org.langcov.check.Expected}: its symbols and language) alone, so it can be tested without
 * Spring.
 */
package org.langcov.check;
