/**
 * The register of a session's documents: reading its rows from a spreadsheet
 * ({@link org.langcov.register.RegisterReader}: .xlsx, .xls and .csv, each
 * streaming, chosen by file extension and checked by content), recognising its
 * columns ({@link org.langcov.register.Column}), telling its sessions apart
 * ({@link org.langcov.register.Sessions}), and turning each row into a
 * {@link org.langcov.register.Document} or a
 * {@link org.langcov.register.Rejection} a person can act on
 * ({@link org.langcov.register.RegisterInterpreter}).
 */
package org.langcov.register;
