package org.langcov;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the house, on the compiled classes: packages by feature without cycles, the vocabulary at the
 * bottom, the inspection of one file knowing nothing of slots, stores or the database, langcov's tables behind
 * {@code history} (and the database set-up in {@code system}), and the command line on top.
 */
@AnalyzeClasses(packages = "org.langcov", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTests {

	@ArchTest
	static final ArchRule packagesHaveNoCycles = slices().matching("org.langcov.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule theVocabularyDependsOnNoOtherPackage = noClasses().that()
			.resideInAPackage("org.langcov.vocabulary..").should().dependOnClassesThat()
			.resideInAnyPackage("org.langcov", "org.langcov.(**)").andShould().dependOnClassesThat()
			.resideOutsideOfPackages("org.langcov.vocabulary..", "java..");

	@ArchTest
	static final ArchRule theInspectionOfAFileKnowsOnlyTheFileAndWhatIsExpected = noClasses().that()
			.resideInAPackage("org.langcov.check..").should().dependOnClassesThat()
			.resideInAnyPackage("org.langcov.slot..", "org.langcov.store..", "org.langcov.job..",
					"org.langcov.history..", "org.langcov.register..", "org.langcov.report..", "org.langcov.cli..",
					"org.langcov.system..", "org.springframework..", "java.sql..", "javax.sql..");

	@ArchTest
	static final ArchRule onlyHistoryAndSystemTalkToTheDatabase = noClasses().that()
			.resideOutsideOfPackages("org.langcov.history..", "org.langcov.system..").should().dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

	@ArchTest
	static final ArchRule theCommandLineIsTheTop = noClasses().that().resideOutsideOfPackage("org.langcov.cli..")
			.should().dependOnClassesThat().resideInAPackage("org.langcov.cli..");

}
