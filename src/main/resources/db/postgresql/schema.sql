-- langcov's own tables on PostgreSQL, next to Spring Batch's. Safe to run at every start.
-- The same tables as db/hsqldb/schema.sql (change both together), but for the keys of the two
-- caches: a btree entry holds at most about 2.7 kB, less than a path or URL of 4,000 characters, so
-- those tables are keyed on the md5 of their text columns (a unique expression index) and found by
-- a hash index on PATH or URL, which stores only the hash and so takes any length.
-- The lengths of the text columns are named in org.langcov.history.Columns: change both together.

CREATE TABLE IF NOT EXISTS LC_RUN (
	RUN_ID BIGINT NOT NULL PRIMARY KEY,
	SESSION_ID VARCHAR(64) NOT NULL,
	TITLE VARCHAR(4000) NOT NULL,
	JOB_FILE VARCHAR(4000) NOT NULL,
	REGISTER_FILE VARCHAR(4000) NOT NULL,
	STORE VARCHAR(4000) NOT NULL,
	OUTPUT_FOLDER VARCHAR(4000) NOT NULL,
	STARTED TIMESTAMP NOT NULL,
	ENDED TIMESTAMP,
	STATUS VARCHAR(20) NOT NULL
);

CREATE INDEX IF NOT EXISTS LC_RUN_SESSION ON LC_RUN (SESSION_ID, RUN_ID);

CREATE TABLE IF NOT EXISTS LC_DOCUMENT (
	RUN_ID BIGINT NOT NULL,
	DOC_SEQ INT NOT NULL,
	ROW_NUM INT NOT NULL,
	SYMBOLS VARCHAR(4000) NOT NULL,
	TITLE VARCHAR(32000) NOT NULL,
	AGENDA_ITEM VARCHAR(4000) NOT NULL,
	PRIMARY KEY (RUN_ID, DOC_SEQ)
);

CREATE TABLE IF NOT EXISTS LC_SLOT (
	RUN_ID BIGINT NOT NULL,
	SLOT_SEQ INT NOT NULL,
	DOC_SEQ INT NOT NULL,
	SYMBOL VARCHAR(1000) NOT NULL,
	LANG CHAR(1) NOT NULL,
	EXPECTED BOOLEAN NOT NULL,
	LOCATION VARCHAR(4000) NOT NULL,
	STATUS VARCHAR(20),
	DETAIL VARCHAR(4000),
	BYTES BIGINT,
	PAGES INT,
	PDF_VERSION VARCHAR(10),
	DETECTED_LANG CHAR(1),
	LAST_MODIFIED TIMESTAMP,
	INSPECTED BOOLEAN DEFAULT FALSE NOT NULL,
	PRIMARY KEY (RUN_ID, SLOT_SEQ)
);

CREATE INDEX IF NOT EXISTS LC_SLOT_SYMBOL ON LC_SLOT (RUN_ID, SYMBOL, LANG);

-- The reports join each document to its slots: without it the join reads every slot of the
-- run for every document, and a register of 50,000 documents takes hours.
CREATE INDEX IF NOT EXISTS LC_SLOT_DOCUMENT ON LC_SLOT (RUN_ID, DOC_SEQ);

CREATE TABLE IF NOT EXISTS LC_REJECTED (
	RUN_ID BIGINT NOT NULL,
	ROW_NUM INT NOT NULL,
	SYMBOL VARCHAR(4000) NOT NULL,
	REASON VARCHAR(4000) NOT NULL,
	PRIMARY KEY (RUN_ID, ROW_NUM)
);

-- Register rows taken, but not quite as written (a footnote mark dropped from a symbol), for a
-- person to check. A table of its own, so that a database from before it needs no migration.
CREATE TABLE IF NOT EXISTS LC_NOTE (
	RUN_ID BIGINT NOT NULL,
	ROW_NUM INT NOT NULL,
	NOTE_SEQ INT NOT NULL,
	SYMBOL VARCHAR(4000) NOT NULL,
	NOTE VARCHAR(4000) NOT NULL,
	PRIMARY KEY (RUN_ID, ROW_NUM, NOTE_SEQ)
);

-- What earlier runs learned about each file, so that an unchanged file is not opened again.
-- CONTEXT is what the verdict depends on besides the file: the slot's language and symbols.
CREATE TABLE IF NOT EXISTS LC_FILE (
	PATH VARCHAR(4000) NOT NULL,
	CONTEXT VARCHAR(4000) NOT NULL,
	BYTES BIGINT NOT NULL,
	MODIFIED_MILLIS BIGINT NOT NULL,
	STATUS VARCHAR(20) NOT NULL,
	DETAIL VARCHAR(4000) NOT NULL,
	PAGES INT,
	PDF_VERSION VARCHAR(10),
	DETECTED_LANG CHAR(1)
);

CREATE UNIQUE INDEX IF NOT EXISTS LC_FILE_KEY ON LC_FILE (md5(PATH), md5(CONTEXT));

CREATE INDEX IF NOT EXISTS LC_FILE_PATH ON LC_FILE USING hash (PATH);

-- What earlier runs learned about each web file, so that an unchanged one is not downloaded again:
-- its ETag and Last-Modified, sent back in a conditional request, and the result to reuse on 304.
CREATE TABLE IF NOT EXISTS LC_WEB_FILE (
	URL VARCHAR(4000) NOT NULL,
	CONTEXT VARCHAR(4000) NOT NULL,
	ETAG VARCHAR(1000),
	LAST_MODIFIED VARCHAR(100),
	BYTES BIGINT NOT NULL,
	STATUS VARCHAR(20) NOT NULL,
	DETAIL VARCHAR(4000) NOT NULL,
	PAGES INT,
	PDF_VERSION VARCHAR(10),
	DETECTED_LANG CHAR(1)
);

CREATE UNIQUE INDEX IF NOT EXISTS LC_WEB_FILE_KEY ON LC_WEB_FILE (md5(URL), md5(CONTEXT));

CREATE INDEX IF NOT EXISTS LC_WEB_FILE_URL ON LC_WEB_FILE USING hash (URL);

-- Timeliness. Tables of their own, so that a database from before them needs no migration.
-- The due date of each document of a run that has one (its Deadline, or opens - deadline-weeks).
CREATE TABLE IF NOT EXISTS LC_DUE (
	RUN_ID BIGINT NOT NULL,
	DOC_SEQ INT NOT NULL,
	DUE_DATE DATE NOT NULL,
	PRIMARY KEY (RUN_ID, DOC_SEQ)
);

-- The day a run judges timeliness as of (--as-of, or the day it ran).
CREATE TABLE IF NOT EXISTS LC_AS_OF (
	RUN_ID BIGINT NOT NULL PRIMARY KEY,
	AS_OF DATE NOT NULL
);

-- The documents of a run not subject to a deadline (a job's due: none; by default the in-session
-- series: conference room papers, L. drafts, INF papers, NGO statements).
CREATE TABLE IF NOT EXISTS LC_NO_DUE (
	RUN_ID BIGINT NOT NULL,
	DOC_SEQ INT NOT NULL,
	PRIMARY KEY (RUN_ID, DOC_SEQ)
);

-- The session's opening day as the run's job gave it: after it, a version still missing is
-- "not available at the opening".
CREATE TABLE IF NOT EXISTS LC_OPENS (
	RUN_ID BIGINT NOT NULL PRIMARY KEY,
	OPENS DATE NOT NULL
);

-- The first day of each AVAILABLE slot's unbroken run of AVAILABLE results; FROM_FILE when
-- langcov had no earlier record of the slot and the file's own date stood in.
CREATE TABLE IF NOT EXISTS LC_SINCE (
	RUN_ID BIGINT NOT NULL,
	SLOT_SEQ INT NOT NULL,
	SINCE DATE NOT NULL,
	FROM_FILE BOOLEAN NOT NULL,
	PRIMARY KEY (RUN_ID, SLOT_SEQ)
);

-- When each run started and ended, as instants, and the zone of the process that made it (LC_RUN's
-- STARTED and ENDED are wall-clock times without a zone, which sort wrong as soon as one run is
-- made with another TZ); how often it was resumed after being cut short; why it failed, in one
-- line. A table of its own, so that a database from before it needs no migration: a run without a
-- row here is read from LC_RUN as before.
CREATE TABLE IF NOT EXISTS LC_RUN_STATE (
	RUN_ID BIGINT NOT NULL PRIMARY KEY,
	STARTED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
	ENDED_AT TIMESTAMP WITH TIME ZONE,
	ZONE VARCHAR(64) NOT NULL,
	RESUMED INT DEFAULT 0 NOT NULL,
	REASON VARCHAR(4000)
);

-- Retention (langcov.retention): the runs whose detail (documents, slots, rejected rows, notes,
-- due dates, days available) has been dropped, and when; and what is kept of them for ever, their
-- figures per language as history shows them (the on-time counts null without due dates).
CREATE TABLE IF NOT EXISTS LC_PRUNED (
	RUN_ID BIGINT NOT NULL PRIMARY KEY,
	PRUNED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE IF NOT EXISTS LC_FIGURES (
	RUN_ID BIGINT NOT NULL,
	LANG CHAR(1) NOT NULL,
	EXPECTED INT NOT NULL,
	AVAILABLE INT NOT NULL,
	MISSING INT NOT NULL,
	UNVERIFIED INT NOT NULL,
	ON_TIME INT,
	LATE INT,
	OVERDUE INT,
	NOT_YET_DUE INT,
	PRIMARY KEY (RUN_ID, LANG)
);

-- Session locks. One row per session being run: who runs it, since when; TOKEN tells one holding
-- from another. The lock itself is an advisory lock on the holder's own connection, which the
-- server drops when that process dies; the row only says who holds the session.
CREATE TABLE IF NOT EXISTS LC_LOCK (
	SESSION_ID VARCHAR(64) NOT NULL PRIMARY KEY,
	HOLDER_PID BIGINT NOT NULL,
	HOST VARCHAR(255) NOT NULL,
	SINCE TIMESTAMP NOT NULL,
	TOKEN VARCHAR(36) NOT NULL
);

-- The database's own name for itself, made by the first process that asks (one row): the run's
-- manager marks its partition requests with it, and workers take only the requests of their own
-- database, so that installations sharing a broker never take each other's work.
CREATE TABLE IF NOT EXISTS LC_DATABASE (
	SINGLE_ROW INT NOT NULL PRIMARY KEY,
	DATABASE_ID VARCHAR(36) NOT NULL
);
