/**
 * Wiring that belongs to no feature: the installation folder, the database and logging set-up (with the database's row
 * cache, sized to the heap), and langcov's own folder for temporary files.
 */
package org.langcov.system;
