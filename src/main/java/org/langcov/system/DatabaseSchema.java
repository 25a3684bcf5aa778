package org.langcov.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * langcov's tables and Spring Batch's, created in the database the URL names, whichever of the two platforms it is:
 * {@code db/<platform>/schema.sql} when a table or index it creates is missing (it is safe to run twice), Spring
 * Batch's {@code schema-<platform>.sql} only when its tables are missing, since that script fails on a database that
 * has them (quietly on the client, but with an error per table in a PostgreSQL server's log). Beans that use the
 * database wait for both: Boot orders them after every script initializer.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseSchema {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseSchema.class);

	static final Set<DatabaseDriver> PLATFORMS = Set.of(DatabaseDriver.HSQLDB, DatabaseDriver.POSTGRESQL);

	@Bean
	DataSourceScriptDatabaseInitializer langcovSchema(DataSource dataSource,
			@Value("${spring.datasource.url}") String url) {
		String platform = platform(url);
		String script = "db/" + platform + "/schema.sql";
		DatabaseInitializationSettings settings = settings("classpath:" + script);
		boolean postgresql = platform.equals(DatabaseDriver.POSTGRESQL.getId());
		return new LangcovSchema(dataSource, settings, script, postgresql);
	}

	/**
	 * langcov's script, run only when something it creates is missing. On PostgreSQL, {@code CREATE INDEX IF NOT
	 * EXISTS} takes a lock on its table before it looks, and so waited at start-up on any other process's open
	 * transaction on that table (a run paused mid-chunk held every other start); there it looks and runs under the
	 * {@link SchemaLock}, so that processes that start together on an empty database create the tables once. On HSQLDB,
	 * each statement of the script, even one that creates nothing, is written to the database's log and synced: 40 ms
	 * of every start (issue 19), where looking costs one query.
	 */
	static final class LangcovSchema extends DataSourceScriptDatabaseInitializer {

		private static final Pattern CREATED = Pattern.compile(
				"CREATE\\s+(?:UNIQUE\\s+|CACHED\\s+)?(?:TABLE|INDEX)\\s+IF\\s+NOT\\s+EXISTS\\s+(\\w+)",
				Pattern.CASE_INSENSITIVE);

		/** The tables and indexes of the current schema, on PostgreSQL (whose unquoted names are in lower case). */
		static final String POSTGRESQL_PRESENT = "SELECT c.relname FROM pg_class c"
				+ " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()";

		/** The tables and indexes of the current schema, on HSQLDB (whose unquoted names are in upper case). */
		static final String HSQLDB_PRESENT = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
				+ " WHERE TABLE_SCHEMA = CURRENT_SCHEMA UNION SELECT INDEX_NAME"
				+ " FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO WHERE TABLE_SCHEM = CURRENT_SCHEMA";

		private final String script;

		private final boolean postgresql;

		LangcovSchema(DataSource dataSource, DatabaseInitializationSettings settings, String script,
				boolean postgresql) {
			super(dataSource, settings);
			this.script = script;
			this.postgresql = postgresql;
		}

		@Override
		public boolean initializeDatabase() {
			return this.postgresql ? SchemaLock.under(getDataSource(), this::createMissing) : createMissing();
		}

		private boolean createMissing() {
			Set<String> created = created(this.script);
			Set<String> present = new HashSet<>();
			new JdbcTemplate(getDataSource())
					.queryForList(this.postgresql ? POSTGRESQL_PRESENT : HSQLDB_PRESENT, String.class)
					.forEach((name) -> present.add(name.toLowerCase(Locale.ROOT)));
			if (present.containsAll(created)) {
				return false;
			}
			logger.info("Creating langcov's tables and indexes");
			return super.initializeDatabase();
		}

		/** The names of the tables and indexes the script creates, in lower case. */
		static Set<String> created(String script) {
			try (InputStream in = new ClassPathResource(script).getInputStream()) {
				Matcher matcher = CREATED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				Set<String> names = new HashSet<>();
				while (matcher.find()) {
					names.add(matcher.group(1).toLowerCase(Locale.ROOT));
				}
				return names;
			} catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	@Bean
	DataSourceScriptDatabaseInitializer batchSchema(DataSource dataSource,
			@Value("${spring.datasource.url}") String url) {
		String platform = platform(url);
		return new BatchSchema(dataSource,
				settings("classpath:org/springframework/batch/core/schema-" + platform + ".sql"),
				platform.equals(DatabaseDriver.POSTGRESQL.getId()));
	}

	/** {@code hsqldb} or {@code postgresql}, as in the names of the scripts. */
	static String platform(String url) {
		DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(url);
		if (!PLATFORMS.contains(driver)) {
			throw new IllegalStateException("langcov keeps its history in HSQLDB or PostgreSQL, not in the database at "
					+ DatabaseUrl.printable(url));
		}
		return driver.getId();
	}

	private static DatabaseInitializationSettings settings(String script) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(List.of(script));
		settings.setMode(DatabaseInitializationMode.ALWAYS);
		return settings;
	}

	/**
	 * Spring Batch's script, run only on a database without the job repository's tables; on PostgreSQL, which several
	 * processes share, under the {@link SchemaLock}.
	 */
	static final class BatchSchema extends DataSourceScriptDatabaseInitializer {

		private final boolean shared;

		BatchSchema(DataSource dataSource, DatabaseInitializationSettings settings, boolean shared) {
			super(dataSource, settings);
			this.shared = shared;
		}

		@Override
		public boolean initializeDatabase() {
			return this.shared ? SchemaLock.under(getDataSource(), this::createMissing) : createMissing();
		}

		private boolean createMissing() {
			if (hasJobRepository(getDataSource())) {
				return false;
			}
			logger.info("Creating Spring Batch's tables");
			return super.initializeDatabase();
		}

	}

	/** Whether the database's current schema has Spring Batch's {@code BATCH_JOB_INSTANCE}. */
	static boolean hasJobRepository(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData metaData) -> {
				// unquoted names are folded: to upper case by HSQLDB, to lower case by PostgreSQL
				String table = metaData.storesLowerCaseIdentifiers() ? "batch_job_instance" : "BATCH_JOB_INSTANCE";
				String catalog = metaData.getConnection().getCatalog();
				String schema = metaData.getConnection().getSchema();
				try (ResultSet tables = metaData.getTables(catalog, schema, table, new String[]{"TABLE"})) {
					return tables.next();
				}
			});
		} catch (MetaDataAccessException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

}
