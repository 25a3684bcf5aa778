package org.langcov;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * langcov: which language versions of a session's documents are really there. The application's configuration root; the
 * program starts in {@code org.langcov.cli.Main}, which parses the command line first and starts this application only
 * for a command that needs it.
 */
@SpringBootApplication
public class LangcovApplication {

}
