/**
 * Wiring that belongs to no feature: the installation folder, the database and logging set-up (the schema of either
 * platform, HSQLDB or PostgreSQL, and HSQLDB's row cache, sized to the heap), and langcov's own folder for temporary
 * files.
 */
package org.langcov.system;
