/**
 * Wiring that belongs to no feature: the installation folder, the database and
 * logging set-up.
 */
package org.langcov.system;
