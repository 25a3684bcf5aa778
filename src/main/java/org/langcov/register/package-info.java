/**
 * The register of a session's documents: reading its rows from a spreadsheet
 * ({@link org.langcov.register.RegisterReader}, streaming, by file extension),
 * recognising its columns ({@link org.langcov.register.Column}), and turning
 * each row into a {@link org.langcov.register.Document} or a
 * {@link org.langcov.register.Rejection} a person can act on
 * ({@link org.langcov.register.RegisterInterpreter}).
 */
package org.langcov.register;
