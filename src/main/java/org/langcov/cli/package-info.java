/**
 * The command line: parses the arguments, runs the sessions, and maps each outcome to an exit status. No business
 * logic, and no stack traces for the user: those go to the log file.
 */
package org.langcov.cli;
