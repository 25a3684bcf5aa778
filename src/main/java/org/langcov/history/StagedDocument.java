package org.langcov.history;

import java.util.List;

/**
 * A register document staged for a run.
 *
 * @param seq
 *            its place in register order, from 0
 * @param row
 *            its row number in the register
 */
public record StagedDocument(long run, int seq, int row, List<String> symbols, String title, String agendaItem) {

}
