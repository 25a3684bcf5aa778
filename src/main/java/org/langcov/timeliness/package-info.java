/**
 * Timeliness: when each language version is due (the document's Deadline, or the six-week rule before the session
 * opens), and whether it was available on time as of a given day. Plain values, tested without Spring.
 */
package org.langcov.timeliness;
