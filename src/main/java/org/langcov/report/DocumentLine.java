package org.langcov.report;

import java.util.List;
import java.util.Map;

import org.langcov.vocabulary.Language;

/**
 * One document, as the Coverage sheet and the PDF matrix show it.
 *
 * @param symbols
 *            all its symbols, the primary first
 * @param title
 *            its title, empty when none
 * @param agendaItem
 *            its agenda item, empty when none
 * @param slots
 *            its six slots by language
 */
public record DocumentLine(List<String> symbols, String title, String agendaItem, Map<Language, SlotLine> slots) {

}
