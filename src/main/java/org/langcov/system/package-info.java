/**
 * Wiring that belongs to no feature: the installation folder, the database and
 * logging set-up, and langcov's own folder for temporary files.
 */
package org.langcov.system;
