/**
 * The register of a session's documents: reading its rows from a spreadsheet
 * ({@link org.langcov.register.RegisterReader}: .xlsx, .xls and .csv, each streaming, chosen by file extension and
 * checked by content), recognising its columns ({@link org.langcov.register.Column}), telling its sessions apart
 * ({@link org.langcov.register.Sessions}), and turning each row into a {@link org.langcov.register.Document} or a
 * {@link org.langcov.register.Rejection} a person can act on ({@link org.langcov.register.RegisterInterpreter}), with a
 * {@link org.langcov.register.RegisterNote} where a row was taken not quite as written; a register that yields no
 * document for a session is refused ({@link org.langcov.register.RegisterYield}).
 */
package org.langcov.register;
