package org.langcov.register;

import java.util.Set;

/**
 * Carries the receiver's own exception out of a spreadsheet library, which would otherwise report it as a damaged file:
 * the reader catches it and throws its cause, untouched.
 */
final class RowsFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private RowsFailure(RuntimeException cause) {
		super(null, cause, false, false);
	}

	@Override
	public synchronized RuntimeException getCause() {
		return (RuntimeException) super.getCause();
	}

	/** The receiver, with its exceptions wrapped so that they pass through. */
	static RegisterRows guard(RegisterRows rows) {
		return new RegisterRows() {

			@Override
			public void row(RegisterRow row) {
				try {
					rows.row(row);
				} catch (RuntimeException ex) {
					throw new RowsFailure(ex);
				}
			}

			@Override
			public void header(Set<Column> columns) {
				try {
					rows.header(columns);
				} catch (RuntimeException ex) {
					throw new RowsFailure(ex);
				}
			}

			@Override
			public void headerAt(String sheet, int row) {
				try {
					rows.headerAt(sheet, row);
				} catch (RuntimeException ex) {
					throw new RowsFailure(ex);
				}
			}

		};
	}

}
